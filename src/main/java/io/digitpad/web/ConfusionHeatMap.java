package io.digitpad.web;

/**
 * The test confusion matrix as a 10x10 SVG heat map: right answers in blue, mistakes in red. The
 * mistakes' shade follows the logarithm of their count, so a single error still shows beside a
 * diagonal of a thousand.
 */
final class ConfusionHeatMap {
    private static final int CELL = 38;
    private static final int LEFT = 56;
    private static final int TOP = 52;
    private static final int MARGIN = 6;

    private static final int[] EMPTY = rgb(0xf6f7fa);
    private static final int[] RIGHT_LIGHT = rgb(0xc9c8f6);
    private static final int[] RIGHT_DARK = rgb(0x3f3bd9);
    private static final int[] WRONG_LIGHT = rgb(0xfbd3cd);
    private static final int[] WRONG_DARK = rgb(0xb42318);

    private ConfusionHeatMap() {}

    /** The drawing of {@code confusion[actual][answered]}. */
    static String svg(int[][] confusion) {
        int n = confusion.length;
        int side = n * CELL;
        Svg svg =
                new Svg(
                        LEFT + side + MARGIN,
                        TOP + side + MARGIN,
                        "chart heat-map",
                        "Confusion matrix of the MNIST test images: actual digit by answered digit");
        svg.text(LEFT + side / 2.0, 16, "answered", "class", "axis-title", "text-anchor", "middle");
        double middle = TOP + side / 2.0;
        svg.text(
                16,
                middle,
                "actual",
                "class",
                "axis-title",
                "text-anchor",
                "middle",
                "transform",
                "rotate(-90 16 " + Html.coordinate(middle) + ")");
        for (int d = 0; d < n; d++) {
            double centre = d * CELL + CELL / 2.0;
            svg.text(LEFT + centre, TOP - 10, Integer.toString(d), "class", "axis-digit");
            svg.text(LEFT - 12, TOP + centre + 5, Integer.toString(d), "class", "axis-digit");
        }
        int[] rowTotals = rowTotals(confusion);
        double wrongLog = Math.log(Math.max(2, maxOffDiagonal(confusion)));
        double rightLog = Math.log(Math.max(2, maxDiagonal(confusion)));
        for (int actual = 0; actual < n; actual++) {
            for (int answered = 0; answered < n; answered++) {
                int count = confusion[actual][answered];
                boolean right = actual == answered;
                double shade = count == 0 ? 0 : Math.log(count) / (right ? rightLog : wrongLog);
                int[] fill =
                        count == 0
                                ? EMPTY
                                : right
                                        ? mix(RIGHT_LIGHT, RIGHT_DARK, shade)
                                        : mix(WRONG_LIGHT, WRONG_DARK, shade);
                double x = LEFT + answered * CELL;
                double y = TOP + actual * CELL;
                svg.open("g", "class", "cell");
                svg.title(tooltip(actual, answered, count, rowTotals[actual]));
                svg.empty("rect", "x", x, "y", y, "width", CELL, "height", CELL, "fill", hex(fill));
                String ink = count == 0 ? "zero" : shade > 0.5 ? "on-dark" : "on-light";
                svg.text(
                        x + CELL / 2.0,
                        y + CELL / 2.0 + 4.5,
                        Integer.toString(count),
                        "class",
                        "cell-count " + ink);
                svg.close("g");
            }
        }
        svg.empty(
                "rect", "x", LEFT, "y", TOP, "width", side, "height", side, "fill", "none",
                "stroke", "#dde0e8");
        return svg.toString();
    }

    private static String tooltip(int actual, int answered, int count, int rowTotal) {
        String images = Html.count(count) + (count == 1 ? " image" : " images");
        String share = rowTotal == 0 ? "" : " (" + Html.percent((double) count / rowTotal, 2) + ")";
        if (actual == answered) {
            return "actual " + actual + ", answered " + answered + ": " + images + " right" + share;
        }
        return "actual " + actual + ", answered " + answered + ": " + images + share;
    }

    /** How many test images show each digit. */
    static int[] rowTotals(int[][] confusion) {
        int[] totals = new int[confusion.length];
        for (int actual = 0; actual < confusion.length; actual++) {
            for (int count : confusion[actual]) {
                totals[actual] += count;
            }
        }
        return totals;
    }

    private static int maxOffDiagonal(int[][] confusion) {
        int max = 0;
        for (int actual = 0; actual < confusion.length; actual++) {
            for (int answered = 0; answered < confusion[actual].length; answered++) {
                if (actual != answered) {
                    max = Math.max(max, confusion[actual][answered]);
                }
            }
        }
        return max;
    }

    private static int maxDiagonal(int[][] confusion) {
        int max = 0;
        for (int d = 0; d < confusion.length; d++) {
            max = Math.max(max, confusion[d][d]);
        }
        return max;
    }

    private static int[] rgb(int hex) {
        return new int[] {hex >> 16 & 0xff, hex >> 8 & 0xff, hex & 0xff};
    }

    private static int[] mix(int[] from, int[] to, double t) {
        double clamped = Math.max(0, Math.min(1, t));
        int[] mixed = new int[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (int) Math.round(from[i] + (to[i] - from[i]) * clamped);
        }
        return mixed;
    }

    private static String hex(int[] rgb) {
        return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
