package io.digitpad.training;

import io.digitpad.data.MnistSet;
import io.digitpad.recognition.DigitPreprocessor;
import io.digitpad.recognition.MnistImage;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Distorts MNIST digits the ways people's drawings differ from them, then frames them exactly as
 * recognition frames a drawing ({@link DigitPreprocessor#normalize(float[], int, int)}).
 *
 * <p>Per image: rotation (±12°), shear (±0.25), a change of aspect ratio (0.8-1.2), a shift of the
 * balance between the digit's upper and lower parts (a small upper loop on an 8, a long tail on a
 * 9), a smooth elastic warp (random displacements on a 4x4 grid, up to 1.2 px, interpolated), and a
 * stroke made thinner or thicker by grey-level erosion or dilation. It works on a canvas of twice
 * MNIST's resolution so that thickness changes in half-pixel steps. Scale and position need no
 * augmenting: normalisation removes them, for drawings as for training images.
 *
 * <p>Each image's distortion depends only on (seed, epoch, index), so results do not depend on
 * which thread did the work and a run can be repeated exactly. Thread-safe.
 */
final class DigitAugmenter {
    private static final int SIDE = MnistSet.SIDE;
    private static final int UPSCALE = 2;

    /** Working canvas: room for a rotated, stretched, thickened digit. */
    private static final int WORK = 40 * UPSCALE;

    private static final int GRID = 4;
    private static final double MAX_ROTATION = Math.toRadians(12);
    private static final double MAX_SHEAR = 0.25;
    private static final double MAX_ASPECT = 0.2;
    private static final double WARP = 1.2;

    /**
     * How far the balance between a digit's upper and lower parts may shift (see {@link Balance}):
     * at 0.5 what sat at the middle of the digit's height may move up to 12% of the height up or
     * down, so an 8 whose loops were equal can come out with an upper loop under two fifths of its
     * height, as many writers draw it and few of MNIST's did.
     */
    private static final double MAX_BALANCE = 0.5;

    /** Share of images left as they are, so MNIST's own look stays in the training diet. */
    private static final double PLAIN = 0.2;

    private static final double MARGIN = WARP + 1;

    private final long seed;

    DigitAugmenter(long seed) {
        this.seed = seed;
    }

    /** Writes a distorted copy of image {@code index} of {@code set}, scaled to 0-1, into out. */
    void augment(MnistSet set, int index, int epoch, float[] out, int offset) {
        SplittableRandom random =
                new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch * 1_000_003L + index);
        if (random.nextDouble() < PLAIN) {
            set.copyScaled(index, out, offset);
            return;
        }
        float[] ink = warp(set.images(), index * SIDE * SIDE, random);
        ink = changeThickness(ink, random.nextInt(-1, 3));
        Optional<MnistImage> framed = DigitPreprocessor.normalize(ink, WORK, WORK);
        if (framed.isPresent()) {
            System.arraycopy(framed.get().pixels(), 0, out, offset, SIDE * SIDE);
        } else {
            // Erosion wiped out a very faint digit: train on the original instead.
            set.copyScaled(index, out, offset);
        }
    }

    /** Affine distortion and elastic warp in one inverse mapping, onto the working canvas. */
    private static float[] warp(byte[] images, int from, SplittableRandom random) {
        double angle = random.nextDouble(-MAX_ROTATION, MAX_ROTATION);
        double shear = random.nextDouble(-MAX_SHEAR, MAX_SHEAR);
        double aspect = 1 + random.nextDouble(-MAX_ASPECT, MAX_ASPECT);
        // Forward map (about the centre): scale x by aspect, shear, rotate. Invert it once.
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double a = cos * aspect;
        double b = cos * shear - sin;
        double c = sin * aspect;
        double d = sin * shear + cos;
        double det = a * d - b * c;
        double ia = d / det;
        double ib = -b / det;
        double ic = -c / det;
        double id = a / det;
        double[] dx = randomGrid(random);
        double[] dy = randomGrid(random);
        Balance balance = Balance.random(images, from, MAX_BALANCE, random);

        float[] out = new float[WORK * WORK];
        double centre = SIDE / 2.0;
        double workCentre = WORK / 2.0 / UPSCALE;
        double[] rowDx = new double[GRID];
        double[] rowDy = new double[GRID];
        for (int v = 0; v < WORK; v++) {
            double y = (v + 0.5) / UPSCALE - workCentre;
            double gy = (v + 0.5) / WORK * (GRID - 1);
            interpolateRow(dx, gy, rowDx);
            interpolateRow(dy, gy, rowDy);
            for (int u = 0; u < WORK; u++) {
                double x = (u + 0.5) / UPSCALE - workCentre;
                double sx = ia * x + ib * y + centre;
                double sy = balance.source(ic * x + id * y + centre);
                // Most of the canvas maps far outside the digit: skip the warp there.
                if (sx < -MARGIN || sy < -MARGIN || sx > SIDE + MARGIN || sy > SIDE + MARGIN) {
                    continue;
                }
                double gx = (u + 0.5) / WORK * (GRID - 1);
                sx += interpolate(rowDx, gx);
                sy += interpolate(rowDy, gx);
                out[v * WORK + u] = sample(images, from, sx - 0.5, sy - 0.5);
            }
        }
        return out;
    }

    /**
     * A monotone remap of the vertical axis inside the digit's rows: on their 0-1 coordinate the
     * output row {@code t} shows source row {@code t + bend * t * (1 - t)}, the identity outside
     * them. The digit keeps its top and bottom; one part grows as the other shrinks.
     */
    record Balance(double top, double height, double bend) {
        static Balance random(byte[] images, int from, double max, SplittableRandom random) {
            double bend = random.nextDouble(-max, max);
            int top = SIDE;
            int bottom = -1;
            for (int y = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++) {
                    if (images[from + y * SIDE + x] != 0) {
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            return bottom < top
                    ? new Balance(0, SIDE, 0)
                    : new Balance(top, bottom + 1 - top, bend);
        }

        /** The source row coordinate shown at output row coordinate {@code y}. */
        double source(double y) {
            double t = (y - top) / height;
            if (t <= 0 || t >= 1) {
                return y;
            }
            return top + height * (t + bend * t * (1 - t));
        }
    }

    private static double[] randomGrid(SplittableRandom random) {
        double[] grid = new double[GRID * GRID];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = random.nextDouble(-WARP, WARP);
        }
        return grid;
    }

    /** The displacement grid interpolated at row {@code gy} (grid units), one value per column. */
    private static void interpolateRow(double[] grid, double gy, double[] row) {
        int y0 = Math.min(GRID - 2, (int) gy);
        double ty = gy - y0;
        for (int x = 0; x < GRID; x++) {
            row[x] = grid[y0 * GRID + x] * (1 - ty) + grid[(y0 + 1) * GRID + x] * ty;
        }
    }

    /** Linear interpolation along a grid row; gx in grid units. */
    private static double interpolate(double[] row, double gx) {
        int x0 = Math.min(GRID - 2, (int) gx);
        double tx = gx - x0;
        return row[x0] * (1 - tx) + row[x0 + 1] * tx;
    }

    /** Bilinear sample of the 28x28 source at pixel-centre coordinates; 0 outside. */
    private static float sample(byte[] images, int from, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < -1 || y0 < -1 || x0 >= SIDE || y0 >= SIDE) {
            return 0f;
        }
        double tx = x - x0;
        double ty = y - y0;
        double top = pixel(images, from, x0, y0) * (1 - tx) + pixel(images, from, x0 + 1, y0) * tx;
        double bottom =
                pixel(images, from, x0, y0 + 1) * (1 - tx)
                        + pixel(images, from, x0 + 1, y0 + 1) * tx;
        return (float) ((top * (1 - ty) + bottom * ty) / 255);
    }

    private static int pixel(byte[] images, int from, int x, int y) {
        if (x < 0 || y < 0 || x >= SIDE || y >= SIDE) {
            return 0;
        }
        return images[from + y * SIDE + x] & 0xFF;
    }

    /** Grey-level dilation (steps > 0) or erosion (steps < 0) with a 3x3 cross, |steps| times. */
    private static float[] changeThickness(float[] ink, int steps) {
        float[] current = ink;
        for (int i = 0; i < Math.abs(steps); i++) {
            current = crossFilter(current, steps > 0);
        }
        return current;
    }

    private static float[] crossFilter(float[] in, boolean dilate) {
        float[] out = new float[in.length];
        for (int y = 0; y < WORK; y++) {
            for (int x = 0; x < WORK; x++) {
                int i = y * WORK + x;
                float v = in[i];
                v = pick(v, x > 0 ? in[i - 1] : 0f, dilate);
                v = pick(v, x < WORK - 1 ? in[i + 1] : 0f, dilate);
                v = pick(v, y > 0 ? in[i - WORK] : 0f, dilate);
                v = pick(v, y < WORK - 1 ? in[i + WORK] : 0f, dilate);
                out[i] = v;
            }
        }
        return out;
    }

    private static float pick(float a, float b, boolean max) {
        return max ? Math.max(a, b) : Math.min(a, b);
    }
}
