package io.digitpad.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the path data ({@code d} attribute) of a single-stroke glyph: the absolute "moveto" and
 * "lineto" commands of SVG (www.w3.org/TR/SVG11/paths.html), all that pen-plotter fonts use.
 * Anything else is refused, so a curve is never silently drawn as a straight line.
 */
final class SvgPathData {
    private static final Pattern TOKEN =
            Pattern.compile(
                    "[\\s,]*(?:([A-Za-z])|([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?))");

    private SvgPathData() {}

    /**
     * The strokes {@code d} draws, each as {@code x0, y0, x1, y1, ...} in the path's own
     * coordinates. As in SVG, the pairs after a moveto's first pair are lines, and a moveto with
     * nothing drawn from it draws nothing.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static List<double[]> parse(String d) {
        List<double[]> strokes = new ArrayList<>();
        List<Double> stroke = new ArrayList<>();
        char command = 0;
        List<Double> numbers = new ArrayList<>();
        Matcher token = TOKEN.matcher(d);
        int at = 0;
        while (at < d.length() && token.find(at) && token.start() == at) {
            at = token.end();
            if (token.group(1) == null) {
                numbers.add(Double.parseDouble(token.group(2)));
                continue;
            }
            draw(command, numbers, stroke, strokes);
            command = token.group(1).charAt(0);
            if (command != 'M' && command != 'L') {
                throw new IllegalArgumentException(
                        "unsupported path command '" + command + "' (only M and L)");
            }
        }
        if (!d.substring(at).isBlank()) {
            throw new IllegalArgumentException(
                    "unreadable path data at \"" + d.substring(at) + "\"");
        }
        draw(command, numbers, stroke, strokes);
        finish(stroke, strokes);
        return strokes;
    }

    /** Applies {@code command} to its {@code numbers}, then clears them. */
    private static void draw(
            char command, List<Double> numbers, List<Double> stroke, List<double[]> strokes) {
        if (command == 0) {
            if (!numbers.isEmpty()) {
                throw new IllegalArgumentException("path data starts with a number, not M");
            }
            return;
        }
        if (numbers.isEmpty() || numbers.size() % 2 != 0) {
            throw new IllegalArgumentException(
                    command + " is followed by " + numbers.size() + " numbers, not x,y pairs");
        }
        if (command == 'M') {
            finish(stroke, strokes);
        } else if (stroke.isEmpty()) {
            throw new IllegalArgumentException("L before any M: the pen has no start point");
        }
        stroke.addAll(numbers);
        numbers.clear();
    }

    private static void finish(List<Double> stroke, List<double[]> strokes) {
        if (stroke.size() >= 4) {
            strokes.add(stroke.stream().mapToDouble(Double::doubleValue).toArray());
        }
        stroke.clear();
    }
}
