package io.digitpad.data;

import java.util.List;

/**
 * One digit as a writer's pen drew it on a tablet.
 *
 * @param digit the digit written, 0-9
 * @param writer who wrote it (1-30 in the bundled set)
 * @param strokes the pen-down strokes in the order written, each with at least one point
 */
public record PenDigit(int digit, int writer, List<Stroke> strokes) {

    public PenDigit {
        strokes = List.copyOf(strokes);
    }

    /**
     * One pen-down stroke, in tablet units with the y axis pointing up (UNIPEN's convention),
     * sampled at the tablet's fixed rate, so the gap between points says how fast the pen moved.
     *
     * @param x the points' x coordinates
     * @param y the points' y coordinates, as many as {@code x}
     */
    public record Stroke(int[] x, int[] y) {
        public Stroke {
            if (x.length != y.length || x.length == 0) {
                throw new IllegalArgumentException(
                        "a stroke needs as many x as y coordinates, at least one");
            }
        }

        /** Number of points. */
        public int size() {
            return x.length;
        }
    }
}
