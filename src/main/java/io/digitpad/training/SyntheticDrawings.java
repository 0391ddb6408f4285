package io.digitpad.training;

import io.digitpad.data.MnistSet;
import io.digitpad.data.PenDigit;
import io.digitpad.data.PenDigits;
import io.digitpad.data.StrokeFont;
import io.digitpad.drawing.DrawnDigits;
import io.digitpad.drawing.Flourish;
import io.digitpad.drawing.NonDigits;
import io.digitpad.drawing.PenDigitDrawings;
import io.digitpad.drawing.Sizing;
import io.digitpad.drawing.TypefaceDigits;
import io.digitpad.drawing.WrittenNumbers;
import io.digitpad.evaluation.HeldOut;
import io.digitpad.recognition.DigitPreprocessor;
import io.digitpad.recognition.MnistImage;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Training images drawn the way the drawing page draws: training digits redrawn as round pen
 * strokes on a 400x400 canvas (some of them as the same digit of a typeface), real writers' pen
 * digits drawn on that canvas, and drawings that are not digits. All are normalised by the same
 * {@link DigitPreprocessor} that recognition uses, once, when training starts.
 *
 * <p>The digits come from the training set and the training writers only, so the drawn-digit
 * benchmark (made from test digits) and the validation writers stay unseen. The {@link HeldOut}
 * kinds of non-digit are never trained on, so the benchmark can show how "not sure" fares on shapes
 * the network has never met.
 */
final class SyntheticDrawings {
    /** The seed offset keeping these drawings apart from the benchmark's (which uses seed 1). */
    private static final long SEED_OFFSET = 0x5EED_0F_7EA1L;

    private static final MnistSet NO_PEN_DIGITS = new MnistSet(new byte[0], new byte[0]);

    private final int[] slotOf;
    private final float[] redrawn;
    private final float[] nonDigits;
    private final MnistSet penDigits;

    private SyntheticDrawings(
            int[] slotOf, float[] redrawn, float[] nonDigits, MnistSet penDigits) {
        this.slotOf = slotOf;
        this.redrawn = redrawn;
        this.nonDigits = nonDigits;
        this.penDigits = penDigits;
    }

    /** Nothing synthetic: the paper's recipe. */
    static SyntheticDrawings none(MnistSet train) {
        int[] slots = new int[train.size()];
        Arrays.fill(slots, -1);
        return new SyntheticDrawings(slots, new float[0], new float[0], NO_PEN_DIGITS);
    }

    /**
     * Redraws about {@code digits} training digits (spread over the set), a random {@link Flourish}
     * added to each 1 and 7 if {@code flourishes} (none is one of the choices); {@code
     * typefaceDigits} of them, spread evenly, are drawn instead as the same digit of a random one
     * of {@code typefaces}. Also draws {@code nonDigitCount} non-digits of the trained kinds,
     * {@code touchingPairs} pairs of touching digits (taken as non-digits; half of training digits,
     * half of the real writers' if there are any), and {@code penDigitCount} drawings of the real
     * writers' {@code penDigits}, going round them in order. Uses every core.
     */
    static SyntheticDrawings generate(
            MnistSet train,
            int digits,
            boolean flourishes,
            int typefaceDigits,
            List<StrokeFont> typefaces,
            int nonDigitCount,
            int touchingPairs,
            PenDigits penDigits,
            int penDigitCount,
            long seed) {
        long drawingSeed = seed + SEED_OFFSET;
        int[] indices = digits == 0 ? new int[0] : DrawnDigits.indices(train, digits);
        if (typefaceDigits > 0 && typefaces.isEmpty()) {
            throw new IllegalArgumentException(
                    "the recipe draws " + typefaceDigits + " digits from typefaces; none given");
        }
        float[][] drawn =
                IntStream.range(0, indices.length)
                        .parallel()
                        .mapToObj(
                                slot -> {
                                    int index = indices[slot];
                                    BufferedImage canvas =
                                            fromTypeface(slot, typefaceDigits, indices.length)
                                                    ? typefaceDigit(
                                                            train, index, typefaces, drawingSeed)
                                                    : redrawnDigit(
                                                            train, index, flourishes, drawingSeed);
                                    return normalize(canvas);
                                })
                        .toArray(float[][]::new);
        int[] slots = new int[train.size()];
        Arrays.fill(slots, -1);
        float[] redrawn = new float[indices.length * MnistSet.PIXELS];
        for (int s = 0; s < indices.length; s++) {
            slots[indices[s]] = s;
            System.arraycopy(drawn[s], 0, redrawn, s * MnistSet.PIXELS, MnistSet.PIXELS);
        }
        Stream<BufferedImage> doodles =
                IntStream.iterate(0, i -> i + 1)
                        .filter(i -> !HeldOut.isNonDigit(i))
                        .limit(nonDigitCount)
                        .mapToObj(i -> NonDigits.draw(i, drawingSeed));
        Stream<BufferedImage> pairs =
                IntStream.range(0, touchingPairs)
                        .mapToObj(k -> touchingPair(train, penDigits, k, drawingSeed));
        float[][] others =
                Stream.concat(doodles, pairs)
                        .parallel()
                        .map(SyntheticDrawings::normalize)
                        .toArray(float[][]::new);
        float[] nonDigits = new float[others.length * MnistSet.PIXELS];
        for (int n = 0; n < others.length; n++) {
            System.arraycopy(others[n], 0, nonDigits, n * MnistSet.PIXELS, MnistSet.PIXELS);
        }
        return new SyntheticDrawings(
                slots, redrawn, nonDigits, drawPenDigits(penDigits, penDigitCount, drawingSeed));
    }

    /**
     * {@code count} drawings of {@code digits}, framed for the network and stored as MNIST stores
     * its images, so that they are distorted in training exactly like MNIST's.
     */
    static MnistSet drawPenDigits(PenDigits digits, int count, long seed) {
        if (count == 0) {
            return NO_PEN_DIGITS;
        }
        if (digits.size() == 0) {
            throw new IllegalArgumentException(
                    "the recipe draws " + count + " pen digits; none given");
        }
        byte[] images = new byte[count * MnistSet.PIXELS];
        byte[] labels = new byte[count];
        IntStream.range(0, count)
                .parallel()
                .forEach(
                        k -> {
                            PenDigit digit = digits.get(k % digits.size());
                            float[] pixels =
                                    normalize(PenDigitDrawings.draw(digit, k, seed).render());
                            for (int p = 0; p < MnistSet.PIXELS; p++) {
                                images[k * MnistSet.PIXELS + p] =
                                        (byte) Math.round(255 * pixels[p]);
                            }
                            labels[k] = (byte) digit.digit();
                        });
        return new MnistSet(images, labels);
    }

    /** Pair {@code k}: of real writers' digits every other time if there are any, else MNIST's. */
    private static BufferedImage touchingPair(
            MnistSet train, PenDigits penDigits, int k, long seed) {
        return penDigits.size() > 0 && k % 2 == 1
                ? WrittenNumbers.touchingPair(penDigits, k, seed).image()
                : WrittenNumbers.touchingPair(train, k, seed).image();
    }

    /** Training digit {@code index} as the same digit of a random one of {@code typefaces}. */
    private static BufferedImage typefaceDigit(
            MnistSet train, int index, List<StrokeFont> typefaces, long seed) {
        StrokeFont typeface =
                typefaces.get(new SplittableRandom(seed + index).nextInt(typefaces.size()));
        return TypefaceDigits.draw(typeface, train.label(index), index, seed);
    }

    /** Training digit {@code index} redrawn, a random flourish added if {@code flourishes}. */
    private static BufferedImage redrawnDigit(
            MnistSet train, int index, boolean flourishes, long seed) {
        Flourish flourish =
                flourishes
                        ? Flourish.random(train.label(index), new SplittableRandom(seed + index))
                        : Flourish.NONE;
        return DrawnDigits.draw(train, index, seed, flourish, Sizing.VARIED).image();
    }

    /** Whether slot {@code slot} of {@code slots} is one of the {@code count}, spread evenly. */
    private static boolean fromTypeface(int slot, int count, int slots) {
        return (long) (slot + 1) * count / slots > (long) slot * count / slots;
    }

    private static float[] normalize(BufferedImage canvas) {
        return new DigitPreprocessor()
                .normalize(canvas)
                .map(MnistImage::pixels)
                .orElseGet(() -> new float[MnistSet.PIXELS]);
    }

    /** The drawings of real writers' pen digits, as 28x28 images with their labels. */
    MnistSet penDigits() {
        return penDigits;
    }

    /** Number of non-digit drawings. */
    int nonDigitCount() {
        return nonDigits.length / MnistSet.PIXELS;
    }

    /** Whether training digit {@code index} was redrawn. */
    boolean hasRedrawn(int index) {
        return slotOf[index] >= 0;
    }

    /** Copies the redrawn version of training digit {@code index} into {@code out}. */
    void copyRedrawn(int index, float[] out, int offset) {
        System.arraycopy(redrawn, slotOf[index] * MnistSet.PIXELS, out, offset, MnistSet.PIXELS);
    }

    /** Copies non-digit drawing {@code n} into {@code out}. */
    void copyNonDigit(int n, float[] out, int offset) {
        System.arraycopy(nonDigits, n * MnistSet.PIXELS, out, offset, MnistSet.PIXELS);
    }
}
