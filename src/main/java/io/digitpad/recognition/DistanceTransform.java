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
        double[] f = new double[Math.max(w, h) + 2];
        double[] out = new double[f.length];
        int[] v = new int[f.length];
        double[] z = new double[f.length + 1];
        for (int x = 0; x < w; x++) {
            int n = column(d, w, h, x, f, paperOutside);
            transform1d(f, n, out, v, z);
            for (int y = 0; y < h; y++) {
                d[y * w + x] = out[paperOutside ? y + 1 : y];
            }
        }
        for (int y = 0; y < h; y++) {
            int n = row(d, w, y, f, paperOutside);
            transform1d(f, n, out, v, z);
            for (int x = 0; x < w; x++) {
                d[y * w + x] = out[paperOutside ? x + 1 : x];
            }
        }
        return d;
    }

    private static int column(double[] d, int w, int h, int x, double[] f, boolean pad) {
        int n = 0;
        if (pad) {
            f[n++] = 0;
        }
        for (int y = 0; y < h; y++) {
            f[n++] = d[y * w + x];
        }
        if (pad) {
            f[n++] = 0;
        }
        return n;
    }

    private static int row(double[] d, int w, int y, double[] f, boolean pad) {
        int n = 0;
        if (pad) {
            f[n++] = 0;
        }
        for (int x = 0; x < w; x++) {
            f[n++] = d[y * w + x];
        }
        if (pad) {
            f[n++] = 0;
        }
        return n;
    }

    /** The lower envelope of the parabolas rooted at each sample of f (the paper's DT(f)). */
    private static void transform1d(double[] f, int n, double[] out, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = Double.NEGATIVE_INFINITY;
        z[1] = Double.POSITIVE_INFINITY;
        for (int q = 1; q < n; q++) {
            double s = intersection(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = intersection(f, q, v[k]);
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

    private static double intersection(double[] f, int q, int p) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
    }
}
