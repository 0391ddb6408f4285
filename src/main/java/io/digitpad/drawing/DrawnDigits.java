package io.digitpad.drawing;

import io.digitpad.data.MnistSet;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Redraws MNIST test digits the way people draw on the page: the digit's centre lines traced with a
 * round pen of random width, at a random size, tilt, stretch and place on a 400x400 canvas (see
 * {@link Placement} for the ranges).
 *
 * <p>Seeded: digit {@code index} with seed {@code seed} is always the same picture, whichever
 * sample it is part of. Thread-safe.
 */
public final class DrawnDigits {
    private DrawnDigits() {}

    /**
     * Test image {@code index} redrawn. A digit whose loops were inked solid loses its shape when
     * redrawn from its centre lines; {@link #indices} leaves those out.
     */
    public static DrawnDigit draw(MnistSet test, int index, long seed) {
        return draw(test, index, seed, Flourish.NONE, Sizing.VARIED);
    }

    /** Image {@code index} of {@code set} redrawn with {@code flourish} added, sized as asked. */
    public static DrawnDigit draw(
            MnistSet set, int index, long seed, Flourish flourish, Sizing sizing) {
        return draw(set, index, seed, flourish, sizing, false);
    }

    /**
     * Test image {@code index} drawn as {@link #draw(MnistSet, int, long)} draws it, then tapped
     * once on blank canvas away from the digit (see {@link DrawingCanvas#tap}).
     */
    public static DrawnDigit drawTapped(MnistSet test, int index, long seed) {
        return draw(test, index, seed, Flourish.NONE, Sizing.VARIED, true);
    }

    private static DrawnDigit draw(
            MnistSet set, int index, long seed, Flourish flourish, Sizing sizing, boolean tapped) {
        SplittableRandom random = Seeds.random(seed, index);
        Placement placement = sizing.place(random);
        List<Polyline> strokes =
                flourish.addTo(DigitSkeleton.of(set.pixels(index)).strokes(), random);
        BufferedImage canvas = DrawingCanvas.draw(strokes, placement);
        if (tapped) {
            DrawingCanvas.tap(canvas, placement.penWidth(), random);
        }
        return new DrawnDigit(canvas, set.label(index), index);
    }

    /**
     * Up to {@code count} test images spread evenly over the set, since its first half is cleaner
     * than its second (LeCun et al., "The MNIST database"). Each is the first in its share of the
     * set that still looks like itself when redrawn; about 1.2% do not, mostly 6s and 2s with solid
     * loops, and a share without any is skipped.
     */
    public static int[] indices(MnistSet test, int count) {
        int n = Math.min(count, test.size());
        return IntStream.range(0, n)
                .parallel()
                .mapToObj(
                        i -> {
                            int from = (int) ((long) i * test.size() / n);
                            int to = (int) ((long) (i + 1) * test.size() / n);
                            for (int index = from; index < to; index++) {
                                if (DigitSkeleton.of(test.pixels(index)).faithful()) {
                                    return index;
                                }
                            }
                            return null;
                        })
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The images at {@link #indices}, redrawn. Each canvas takes 640 KB; for thousands, {@link
     * #draw} them one at a time.
     */
    public static List<DrawnDigit> sample(MnistSet test, int count, long seed) {
        return IntStream.of(indices(test, count))
                .parallel()
                .mapToObj(i -> draw(test, i, seed))
                .toList();
    }
}
