package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistanceTransformTest {

    @Test
    void distance_to_the_ink_is_the_exact_distance_to_the_nearest_ink_pixel() {
        int w = 23;
        int h = 17;
        boolean[] ink = randomMask(w, h, 0.05, 1);

        double[] squared = DistanceTransform.of(ink, w, h, true);

        assertThat(squared).containsExactly(bruteForce(ink, w, h, true, false));
    }

    @Test
    void distance_to_the_paper_counts_the_paper_around_the_image() {
        int w = 19;
        int h = 26;
        boolean[] ink = randomMask(w, h, 0.9, 2);

        double[] squared = DistanceTransform.of(ink, w, h, false);

        assertThat(squared).containsExactly(bruteForce(ink, w, h, false, true));
    }

    @Test
    void a_solid_image_is_one_pixel_from_the_paper_at_its_rim_and_deeper_inside() {
        boolean[] ink = new boolean[7 * 7];
        java.util.Arrays.fill(ink, true);

        double[] squared = DistanceTransform.of(ink, 7, 7, false);

        assertThat(squared[0]).isEqualTo(1);
        assertThat(squared[3 * 7 + 3]).isEqualTo(16);
    }

    private static boolean[] randomMask(int w, int h, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] mask = new boolean[w * h];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = random.nextDouble() < density;
        }
        return mask;
    }

    /** Nearest pixel equal to {@code target}, trying every one, plus the frame if asked. */
    private static double[] bruteForce(
            boolean[] mask, int w, int h, boolean target, boolean frameIsTarget) {
        double[] out = new double[mask.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double best = Double.MAX_VALUE;
                for (int v = -1; v <= h; v++) {
                    for (int u = -1; u <= w; u++) {
                        boolean inside = u >= 0 && v >= 0 && u < w && v < h;
                        boolean hit = inside ? mask[v * w + u] == target : frameIsTarget;
                        if (hit) {
                            best = Math.min(best, (double) (x - u) * (x - u) + (y - v) * (y - v));
                        }
                    }
                }
                out[y * w + x] = best;
            }
        }
        return out;
    }
}
