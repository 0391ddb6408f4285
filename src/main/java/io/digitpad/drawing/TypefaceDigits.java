package io.digitpad.drawing;

import io.digitpad.data.StrokeFont;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Digits of single-stroke typefaces drawn the way people draw on the page: each copy a smoothly
 * warped glyph (a hand never copies a shape exactly), traced with a round pen at a random size, pen
 * width, tilt, stretch and place on a 400x400 canvas (see {@link Placement} for the ranges). No
 * MNIST writer drew these shapes, so they test how far the model's idea of a digit reaches beyond
 * MNIST.
 *
 * <p>Seeded: a copy of a digit of a typeface with a seed is always the same picture, whatever else
 * is drawn. Thread-safe.
 */
public final class TypefaceDigits {
    /**
     * Largest displacement of the hand's wobble along each axis, as a fraction of the glyph's size:
     * enough that no two copies are alike, little enough that every copy is the typeface's digit.
     */
    static final double WARP = 0.03;

    private TypefaceDigits() {}

    /**
     * Copy {@code copy} (0, 1, 2, ...) of {@code digit} in {@code font}, a 400x400 ARGB canvas with
     * black ink on white.
     */
    public static BufferedImage draw(StrokeFont font, int digit, int copy, long seed) {
        SplittableRandom random = random(font, digit, copy, seed);
        List<Polyline> strokes = warp(font.digit(digit), random);
        return DrawingCanvas.draw(strokes, Placement.random(random));
    }

    /** The strokes {@link #draw} places on the canvas, in font units. */
    static List<Polyline> warped(StrokeFont font, int digit, int copy, long seed) {
        return warp(font.digit(digit), random(font, digit, copy, seed));
    }

    private static List<Polyline> warp(List<double[]> glyph, SplittableRandom random) {
        List<Polyline> strokes = glyph.stream().map(Polyline::of).toList();
        return HandWarp.random(strokes, WARP, random).apply(strokes);
    }

    /**
     * Keyed by the typeface's name rather than its place in a list, so adding or dropping a
     * typeface leaves the drawings of the others as they were.
     */
    private static SplittableRandom random(StrokeFont font, int digit, int copy, long seed) {
        long typefaceSeed = Seeds.random(seed, font.name().hashCode()).nextLong();
        return Seeds.random(typefaceSeed, 10 * copy + digit);
    }
}
