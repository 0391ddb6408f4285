package io.digitpad.drawing;

import io.digitpad.data.MnistSet;
import java.util.Arrays;
import java.util.List;

/**
 * The pen strokes inside an MNIST digit: its centre lines, found by upsampling, thresholding and
 * thinning, since MNIST keeps only the scanned ink and not how it was drawn.
 *
 * @param strokes the centre lines in upsampled coordinates, 0 to {@link #SIDE}
 * @param faithful false when the centre lines at every ink level miss much of the ink, as when a
 *     writer inked a loop solid: redrawn, such a digit may no longer look like itself
 */
record DigitSkeleton(List<Polyline> strokes, boolean faithful) {
    /** Upsampling before thinning, so the centre lines are not stuck on the coarse 28x28 grid. */
    static final int SCALE = 4;

    static final int SIDE = MnistSet.SIDE * SCALE;

    /**
     * Grey levels (0-255) from which an upsampled pixel counts as ink; the lowest, below half,
     * keeps faint thin strokes joined, the higher ones keep the gaps and loops of bold digits.
     */
    private static final int[] INK_LEVELS = {100, 170, 230};

    /**
     * A higher level must bring the redraw this much closer to the original ({@link RedrawError})
     * to be preferred: on a close call the faint strokes the lowest level keeps are worth more.
     */
    private static final double BETTER = 0.02;

    /** The most of its ink a faithful digit's centre lines may miss. */
    private static final double MISSED = 0.05;

    /** How far a pen following the centre lines reaches, in median stroke half-widths. */
    private static final double REACH = 1.5;

    /** The farthest a pen following the centre lines reaches: 3 MNIST pixels, in chamfer units. */
    private static final int MAX_REACH = 3 * SCALE * ChamferDistance.SIDE_STEP;

    /** Enclosed background up to this many upsampled pixels is threshold noise, not a loop. */
    private static final int PINHOLE = 4;

    /** Ink pieces smaller than this fraction of the largest are dust from the scan. */
    private static final double SPECK = 0.03;

    /**
     * The longest branch that may be pruned as a spur: 3 MNIST pixels, a thick pen's half width.
     */
    private static final int MAX_SPUR = 3 * SCALE;

    /**
     * The strokes of {@code pixels}, an MNIST image (0-255, 0 = background): the centre lines at
     * whichever ink level, drawn back at 28x28, comes closest to the original. Judged by coverage
     * alone, the lowest level won wherever a gap was faint: a 4 whose open top was grey came back
     * closed, as a 9, and an 8's grey lower loop came back solid.
     */
    static DigitSkeleton of(int[] pixels) {
        float[] grey = upsample(pixels);
        InkMask ink = ink(grey, INK_LEVELS[0]);
        if (ink.count() == 0) {
            return new DigitSkeleton(List.of(), false);
        }
        InkMask lowestSkeleton = ink.thinned();
        int reach = reach(ink, lowestSkeleton);
        List<Polyline> best = List.of();
        double bestError = Double.MAX_VALUE;
        double leastMissed = 1;
        for (int level : INK_LEVELS) {
            InkMask mask = level == INK_LEVELS[0] ? ink : ink(grey, level);
            if (mask.count() == 0) {
                break;
            }
            InkMask skeleton = mask == ink ? lowestSkeleton : mask.thinned();
            List<Polyline> strokes = strokes(mask, skeleton);
            double error = RedrawError.of(strokes, pixels);
            if (error < bestError - BETTER) {
                bestError = error;
                best = strokes;
            }
            leastMissed = Math.min(leastMissed, missed(ink, skeleton, reach));
        }
        return new DigitSkeleton(best, leastMissed <= MISSED);
    }

    private static InkMask ink(float[] grey, int level) {
        return InkMask.threshold(grey, SIDE, level).fillPinholes(PINHOLE).removeSpecks(SPECK);
    }

    private static List<Polyline> strokes(InkMask ink, InkMask skeleton) {
        // Mean stroke width = area / centre-line length; spurs from blunt ends and corners are
        // about that long. Capped, or a digit inked into a solid blob would lose every branch.
        double width = (double) ink.count() / Math.max(1, skeleton.count());
        int spur = (int) Math.round(Math.max(SCALE, Math.min(MAX_SPUR, width)));
        return SkeletonTracer.trace(skeleton.pixels(), SIDE, SIDE, spur);
    }

    /**
     * How far (chamfer units) a pen following the centre lines reaches: a little more than the
     * digit's usual stroke, read as the median depth of its centre lines inside the ink.
     */
    private static int reach(InkMask ink, InkMask skeleton) {
        int[] depth = ink.depth();
        boolean[] centre = skeleton.pixels();
        int[] depths = new int[skeleton.count()];
        int n = 0;
        for (int i = 0; i < centre.length; i++) {
            if (centre[i]) {
                depths[n++] = depth[i];
            }
        }
        Arrays.sort(depths);
        int usual = (int) Math.round(REACH * depths[n / 2]) + ChamferDistance.SIDE_STEP;
        return Math.min(usual, MAX_REACH);
    }

    /** The fraction of {@code ink} farther than {@code reach} from every centre-line pixel. */
    private static double missed(InkMask ink, InkMask skeleton, int reach) {
        int[] fromCentre = skeleton.distance();
        boolean[] pixels = ink.pixels();
        int missed = 0;
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] && fromCentre[i] > reach) {
                missed++;
            }
        }
        return (double) missed / ink.count();
    }

    /** Bilinear upsampling by {@link #SCALE}, with pixel centres aligned. */
    private static float[] upsample(int[] pixels) {
        int side = MnistSet.SIDE;
        float[] out = new float[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            double sy = Math.max(0, Math.min(side - 1, (y + 0.5) / SCALE - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(side - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < SIDE; x++) {
                double sx = Math.max(0, Math.min(side - 1, (x + 0.5) / SCALE - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(side - 1, x0 + 1);
                double fx = sx - x0;
                double top = pixels[y0 * side + x0] * (1 - fx) + pixels[y0 * side + x1] * fx;
                double bottom = pixels[y1 * side + x0] * (1 - fx) + pixels[y1 * side + x1] * fx;
                out[y * SIDE + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }
}
