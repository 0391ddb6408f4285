package io.digitpad.data;

import java.util.List;

/**
 * The ten digits of a single-stroke typeface, as the lines a pen plotter draws.
 *
 * @param name the typeface's name for reports, e.g. "Hershey Sans" or "EMS Allure"
 * @param family which collection the typeface comes from
 * @param digits ten glyphs, index = digit; a glyph is its strokes, and a stroke is the points the
 *     pen passes through, {@code x0, y0, x1, y1, ...}, in the font's units with y growing downwards
 *     (as on a canvas); at least two points per stroke. The arrays are shared: do not change them
 */
public record StrokeFont(String name, Family family, List<List<double[]>> digits) {

    /**
     * The two collections in the package. Training may draw on the Hershey typefaces and the
     * typeface benchmark measures on the EMS ones, so the benchmark's shapes stay unseen.
     */
    public enum Family {
        /** Drawn by A. V. Hershey at the U.S. National Bureau of Standards in 1967. */
        HERSHEY,
        /**
         * Evil Mad Scientist's single-line versions of modern typefaces (SIL Open Font License).
         */
        EMS
    }

    public StrokeFont {
        if (digits.size() != 10) {
            throw new IllegalArgumentException(name + " has " + digits.size() + " digits, not 10");
        }
        for (int d = 0; d < 10; d++) {
            if (digits.get(d).isEmpty()) {
                throw new IllegalArgumentException(name + " draws digit " + d + " with no stroke");
            }
            for (double[] stroke : digits.get(d)) {
                if (stroke.length < 4 || stroke.length % 2 != 0) {
                    throw new IllegalArgumentException(
                            name + " digit " + d + ": a stroke has " + stroke.length + " numbers");
                }
            }
        }
        digits = digits.stream().map(List::copyOf).toList();
    }

    /** The strokes of {@code digit}. */
    public List<double[]> digit(int digit) {
        return digits.get(digit);
    }
}
