package io.digitpad.web;

import io.digitpad.model.ModelCard.Epoch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Line charts of a training run, epoch by epoch: accuracy (test, and training if recorded) and the
 * training loss if recorded. Every point has a tooltip with its number.
 */
final class TrainingCurves {
    private static final int WIDTH = 460;
    private static final int HEIGHT = 290;
    private static final int LEFT = 58;
    private static final int RIGHT = 14;
    private static final int TOP = 40;
    private static final int BOTTOM = 46;
    private static final String TEST_COLOUR = "#3f3bd9";
    private static final String TRAIN_COLOUR = "#e07a1f";

    /** One line: what it shows, its colour, and how to read and write its values. */
    private record Series(
            String label,
            String colour,
            ToDoubleFunction<Epoch> value,
            Function<Double, String> format) {}

    private TrainingCurves() {}

    /** The accuracy chart. */
    static String accuracy(List<Epoch> history) {
        Function<Double, String> percent = v -> Html.percent(v, 2);
        List<Series> lines = new ArrayList<>();
        lines.add(new Series("test accuracy", TEST_COLOUR, Epoch::testAccuracy, percent));
        if (recorded(history, Epoch::trainAccuracy)) {
            lines.add(new Series("training accuracy", TRAIN_COLOUR, Epoch::trainAccuracy, percent));
        }
        return chart(history, lines, "accuracy", 100, "%");
    }

    /** The training-loss chart, or empty when the history has no loss. */
    static String loss(List<Epoch> history) {
        if (!recorded(history, Epoch::trainLoss)) {
            return "";
        }
        Function<Double, String> number = v -> String.format(Locale.ROOT, "%.3f", v);
        return chart(
                history,
                List.of(new Series("training loss", TRAIN_COLOUR, Epoch::trainLoss, number)),
                "loss",
                1,
                "");
    }

    private static String chart(
            List<Epoch> history,
            List<Series> lines,
            String quantity,
            double tickScale,
            String tickUnit) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (Series line : lines) {
            for (Epoch e : history) {
                low = Math.min(low, line.value().applyAsDouble(e));
                high = Math.max(high, line.value().applyAsDouble(e));
            }
        }
        int lastEpoch = history.get(history.size() - 1).epoch();
        Axis x = Axis.covering(Math.min(1, lastEpoch), lastEpoch, 8, LEFT, WIDTH - RIGHT);
        Axis y = Axis.covering(low, high, 5, HEIGHT - BOTTOM, TOP);
        Svg svg = new Svg(WIDTH, HEIGHT, "chart curves", quantity + " per training epoch");
        for (double tick : y.ticks()) {
            double at = y.at(tick);
            svg.empty("line", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", at, "y2", at, "class", "grid");
            svg.text(
                    LEFT - 8,
                    at + 4,
                    tickLabel(y, tick, tickScale, tickUnit),
                    "class",
                    "tick",
                    "text-anchor",
                    "end");
        }
        for (double tick : x.ticks()) {
            double at = x.at(tick);
            svg.empty(
                    "line",
                    "x1",
                    at,
                    "x2",
                    at,
                    "y1",
                    HEIGHT - BOTTOM,
                    "y2",
                    HEIGHT - BOTTOM + 5,
                    "class",
                    "axis");
            svg.text(
                    at,
                    HEIGHT - BOTTOM + 19,
                    Html.count(Math.round(tick)),
                    "class",
                    "tick",
                    "text-anchor",
                    "middle");
        }
        svg.empty(
                "line",
                "x1",
                LEFT,
                "x2",
                WIDTH - RIGHT,
                "y1",
                HEIGHT - BOTTOM,
                "y2",
                HEIGHT - BOTTOM,
                "class",
                "axis");
        svg.empty(
                "line", "x1", LEFT, "x2", LEFT, "y1", TOP, "y2", HEIGHT - BOTTOM, "class", "axis");
        svg.text(
                (LEFT + WIDTH - RIGHT) / 2.0,
                HEIGHT - 6,
                "epoch",
                "class",
                "axis-title",
                "text-anchor",
                "middle");
        double legendX = LEFT;
        for (Series line : lines) {
            svg.empty(
                    "rect",
                    "x",
                    legendX,
                    "y",
                    10,
                    "width",
                    14,
                    "height",
                    4,
                    "rx",
                    2,
                    "fill",
                    line.colour());
            double last = line.value().applyAsDouble(history.get(history.size() - 1));
            svg.text(
                    legendX + 20,
                    16,
                    line.label() + " " + line.format().apply(last),
                    "class",
                    "legend");
            legendX += 200;
        }
        for (Series line : lines) {
            StringBuilder points = new StringBuilder();
            for (Epoch e : history) {
                points.append(Html.coordinate(x.at(e.epoch())))
                        .append(',')
                        .append(Html.coordinate(y.at(line.value().applyAsDouble(e))))
                        .append(' ');
            }
            svg.empty(
                    "polyline",
                    "points",
                    points.toString().strip(),
                    "fill",
                    "none",
                    "stroke",
                    line.colour(),
                    "stroke-width",
                    2,
                    "stroke-linejoin",
                    "round");
            for (Epoch e : history) {
                double value = line.value().applyAsDouble(e);
                svg.open(
                        "circle",
                        "cx",
                        x.at(e.epoch()),
                        "cy",
                        y.at(value),
                        "r",
                        3,
                        "fill",
                        line.colour(),
                        "class",
                        "point");
                svg.title(
                        "epoch "
                                + e.epoch()
                                + ": "
                                + line.label()
                                + " "
                                + line.format().apply(value));
                svg.close("circle");
            }
        }
        return svg.toString();
    }

    /** {@code tick} times {@code scale}, with the decimals that tell the axis' ticks apart. */
    private static String tickLabel(Axis axis, double tick, double scale, String unit) {
        return String.format(Locale.ROOT, "%." + axis.decimals(scale) + "f", tick * scale) + unit;
    }

    /** Whether a column was recorded: cards of older runs have zeros where they had no value. */
    private static boolean recorded(List<Epoch> history, ToDoubleFunction<Epoch> value) {
        return history.stream().mapToDouble(value).anyMatch(v -> v != 0 && Double.isFinite(v));
    }
}
