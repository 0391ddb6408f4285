package io.digitpad.recognition;

/**
 * Resizes a grey float image: area averaging when shrinking (every source pixel contributes in
 * proportion to its overlap, so thin strokes fade instead of vanishing), bilinear when enlarging.
 */
public final class Resampler {
    private Resampler() {}

    /** {@code src}, {@code w x h} row-major, resized to {@code newW x newH}. */
    public static float[] resize(float[] src, int w, int h, int newW, int newH) {
        if (newW == w && newH == h) {
            return src.clone(); // a fresh array, as from any resize: callers write into it
        }
        float[] rows = resizeAxis(src, w, h, newW, true);
        return resizeAxis(rows, newW, h, newH, false);
    }

    /** Resizes along x ({@code horizontal}) or y, leaving the other axis alone. */
    private static float[] resizeAxis(float[] src, int w, int h, int size, boolean horizontal) {
        int length = horizontal ? w : h;
        int lines = horizontal ? h : w;
        int outW = horizontal ? size : w;
        float[] out = new float[horizontal ? size * h : w * size];
        float[][] weights = new float[size][];
        int[] starts = new int[size];
        for (int i = 0; i < size; i++) {
            double[] span =
                    size <= length ? areaSpan(i, length, size) : bilinearSpan(i, length, size);
            starts[i] = (int) span[0];
            weights[i] = new float[span.length - 1];
            for (int k = 1; k < span.length; k++) {
                weights[i][k - 1] = (float) span[k];
            }
        }
        // One loop per axis: a test of the axis inside the innermost loop cost more than the sums.
        if (horizontal) {
            for (int line = 0; line < lines; line++) {
                int row = line * w;
                // A crop's rows are mostly paper at their ends: an output over paper alone is 0.
                int first = 0;
                while (first < w && src[row + first] == 0) {
                    first++;
                }
                int last = w - 1;
                while (last > first && src[row + last] == 0) {
                    last--;
                }
                for (int i = 0; i < size; i++) {
                    float[] wts = weights[i];
                    if (starts[i] > last || starts[i] + wts.length <= first) {
                        continue;
                    }
                    float sum = 0;
                    int from = row + starts[i];
                    for (int k = 0; k < wts.length; k++) {
                        sum += wts[k] * src[from + k];
                    }
                    out[line * outW + i] = sum;
                }
            }
        } else {
            // Whole source rows into each output row, weight by weight: the compiler does a row
            // at a time in vector registers, where a column walk reads a float a row apart. Each
            // output still sums its terms in the same order, from 0, to the same bits.
            for (int i = 0; i < size; i++) {
                float[] wts = weights[i];
                int to = i * outW;
                for (int k = 0; k < wts.length; k++) {
                    float weight = wts[k];
                    int from = (starts[i] + k) * w;
                    for (int line = 0; line < lines; line++) {
                        out[to + line] += weight * src[from + line];
                    }
                }
            }
        }
        return out;
    }

    /** First source index, then the weight of each source pixel covered by output pixel i. */
    private static double[] areaSpan(int i, int length, int size) {
        double ratio = (double) length / size;
        double from = i * ratio;
        double to = (i + 1) * ratio;
        int first = (int) Math.floor(from);
        int last = Math.min(length - 1, (int) Math.ceil(to) - 1);
        double[] span = new double[last - first + 2];
        span[0] = first;
        for (int s = first; s <= last; s++) {
            double overlap = Math.min(to, s + 1) - Math.max(from, s);
            span[s - first + 1] = Math.max(0, overlap) / ratio;
        }
        return span;
    }

    private static double[] bilinearSpan(int i, int length, int size) {
        double centre = (i + 0.5) * length / size - 0.5;
        int left = (int) Math.floor(centre);
        double t = centre - left;
        if (left < 0) {
            return new double[] {0, 1};
        }
        if (left >= length - 1) {
            return new double[] {length - 1, 1};
        }
        return new double[] {left, 1 - t, t};
    }
}
