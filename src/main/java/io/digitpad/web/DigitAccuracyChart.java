package io.digitpad.web;

/**
 * Test accuracy per digit as horizontal SVG bars with their numbers. The axis starts just below the
 * weakest digit (at 98% for a model that gets every digit above 99%), so the differences between
 * digits show; its ticks say where it starts.
 */
final class DigitAccuracyChart {
    private static final int ROW = 38;
    private static final int TOP = 52;
    private static final int BAR_LEFT = 40;
    private static final int BAR_RIGHT = 262;

    /** As wide as the confusion heat map beside it, so their rows of digits line up. */
    private static final int WIDTH = 442;

    private static final double[] AXIS_STARTS = {0.99, 0.98, 0.95, 0.9, 0.8, 0.5, 0};

    private DigitAccuracyChart() {}

    /**
     * The bars of {@code accuracy[digit]}, 0-1; {@code images[digit]} test images of each digit, or
     * null when unknown.
     */
    static String svg(double[] accuracy, int[] images) {
        int n = accuracy.length;
        double bottom = TOP + n * ROW;
        Svg svg =
                new Svg(
                        WIDTH,
                        bottom + 30,
                        "chart digit-accuracy",
                        "Test accuracy of each digit, 0 to 9");
        svg.text(BAR_LEFT, 16, "test accuracy", "class", "axis-title");
        Axis axis = Axis.covering(axisStart(accuracy), 1, 4, BAR_LEFT, BAR_RIGHT);
        for (double tick : axis.ticks()) {
            double x = axis.at(tick);
            svg.empty("line", "x1", x, "x2", x, "y1", TOP - 6, "y2", bottom, "class", "grid");
            svg.text(
                    x,
                    bottom + 20,
                    Html.percent(tick, axis.decimals(100)),
                    "class",
                    "tick",
                    "text-anchor",
                    "middle");
        }
        for (int digit = 0; digit < n; digit++) {
            double y = TOP + digit * ROW;
            double width = Math.max(1, axis.at(Math.max(axis.min(), accuracy[digit])) - BAR_LEFT);
            String wrong = images == null ? "" : wrongText(accuracy[digit], images[digit]);
            svg.open("g", "class", "digit-bar");
            svg.title(
                    "digit "
                            + digit
                            + ": "
                            + Html.percent(accuracy[digit], 2)
                            + " right"
                            + (wrong.isEmpty() ? "" : ", " + wrong));
            svg.text(
                    BAR_LEFT - 16,
                    y + ROW / 2.0 + 5,
                    Integer.toString(digit),
                    "class",
                    "axis-digit");
            svg.empty(
                    "rect", "x", BAR_LEFT, "y", y + 9, "width", width, "height", ROW - 18, "rx", 3,
                    "fill", "#3f3bd9");
            svg.text(
                    BAR_RIGHT + 10,
                    y + ROW / 2.0 + 5,
                    Html.percent(accuracy[digit], 2),
                    "class",
                    "bar-number");
            if (!wrong.isEmpty()) {
                svg.text(BAR_RIGHT + 72, y + ROW / 2.0 + 5, wrong, "class", "bar-note");
            }
            svg.close("g");
        }
        svg.empty(
                "line", "x1", BAR_LEFT, "x2", BAR_LEFT, "y1", TOP - 6, "y2", bottom, "class",
                "axis");
        return svg.toString();
    }

    /** The highest round start that leaves the weakest digit a bar a quarter of its gap long. */
    private static double axisStart(double[] accuracy) {
        double weakest = 1;
        for (double a : accuracy) {
            weakest = Math.min(weakest, a);
        }
        double wanted = weakest - (1 - weakest) * 0.25;
        for (double start : AXIS_STARTS) {
            if (start <= wanted) {
                return start;
            }
        }
        return 0;
    }

    private static String wrongText(double accuracy, int images) {
        long wrong = Math.round((1 - accuracy) * images);
        return Html.count(wrong) + " of " + Html.count(images) + " wrong";
    }
}
