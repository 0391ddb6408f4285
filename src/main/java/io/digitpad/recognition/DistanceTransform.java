package io.digitpad.recognition;

/**
 * Exact squared Euclidean distance transform (Felzenszwalb and Huttenlocher, "Distance Transforms
 * of Sampled Functions", 2012): for each pixel, the squared distance to the nearest pixel of a set.
 */
final class DistanceTransform {
    private static final double FAR = 1e12;

    private DistanceTransform() {}

    /**
     * Squared distance from every pixel to the nearest pixel where {@code mask} equals {@code
     * target}; pixels outside the image count as not {@code target} when {@code target} is true and
     * as {@code target} (the paper around the crop) when it is false.
     */
    static double[] of(boolean[] mask, int w, int h, boolean target) {
        double[] d = new double[mask.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = mask[i] == target ? 0 : FAR;
        }
        boolean paperOutside = !target;
        Line line = new Line(Math.max(w, h) + 2);
        for (int x = 0; x < w; x++) {
            line.transform(d, x, w, h, paperOutside);
        }
        for (int y = 0; y < h; y++) {
            line.transform(d, y * w, 1, w, paperOutside);
        }
        return d;
    }

    /** One row or column at a time, in place: the paper's one-dimensional DT(f). */
    private static final class Line {
        private final double[] f;
        private final double[] out;
        private final int[] v;
        private final double[] z;

        Line(int capacity) {
            f = new double[capacity];
            out = new double[capacity];
            v = new int[capacity];
            z = new double[capacity + 1];
        }

        /**
         * Transforms the {@code count} values of {@code d} from {@code start}, {@code stride}
         * apart; with {@code pad}, a zero (a target pixel) just beyond each end.
         */
        void transform(double[] d, int start, int stride, int count, boolean pad) {
            int first = pad ? 1 : 0;
            int n = count + 2 * first;
            if (pad) {
                f[0] = 0;
                f[n - 1] = 0;
            }
            for (int i = 0; i < count; i++) {
                f[first + i] = d[start + i * stride];
            }
            lowerEnvelope(n);
            for (int i = 0; i < count; i++) {
                d[start + i * stride] = out[first + i];
            }
        }

        /** The lower envelope of the parabolas rooted at each of the first n samples of f. */
        private void lowerEnvelope(int n) {
            int k = 0;
            v[0] = 0;
            z[0] = Double.NEGATIVE_INFINITY;
            z[1] = Double.POSITIVE_INFINITY;
            for (int q = 1; q < n; q++) {
                double s = intersection(q, v[k]);
                while (s <= z[k]) {
                    k--;
                    s = intersection(q, v[k]);
                }
                k++;
                v[k] = q;
                z[k] = s;
                z[k + 1] = Double.POSITIVE_INFINITY;
            }
            k = 0;
            for (int q = 0; q < n; q++) {
                while (z[k + 1] < q) {
                    k++;
                }
                int p = v[k];
                out[q] = (double) (q - p) * (q - p) + f[p];
            }
        }

        private double intersection(int q, int p) {
            return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
        }
    }
}
