package io.digitpad.drawing;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Canvases that hold no digit, drawn with the same pen, sizes and placements as {@link
 * DrawnDigits}: letters that do not look like digits, scribbles, crossed circles and squares,
 * stars, asterisks, smileys, hash marks, waves and spirals, the kinds taking turns.
 *
 * <p>Seeded: drawing {@code index} with seed {@code seed} is always the same picture. Thread-safe.
 */
public final class NonDigits {
    private static final Doodle[] KINDS = Doodle.values();

    private NonDigits() {}

    /** Drawing {@code index}, a 400x400 ARGB canvas. */
    public static BufferedImage draw(int index, long seed) {
        SplittableRandom random = Seeds.random(seed, index);
        List<Polyline> strokes = KINDS[index % KINDS.length].draw(random);
        return DrawingCanvas.draw(strokes, Placement.random(random));
    }

    /** The kind of drawing {@code index}; the kinds take turns. */
    public static Doodle kind(int index) {
        return KINDS[index % KINDS.length];
    }

    /** Drawings 0 to {@code count - 1}; each canvas takes 640 KB. */
    public static List<BufferedImage> sample(int count, long seed) {
        return IntStream.range(0, count).parallel().mapToObj(i -> draw(i, seed)).toList();
    }
}
