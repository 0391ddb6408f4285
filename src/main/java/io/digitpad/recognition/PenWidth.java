package io.digitpad.recognition;

/**
 * Measures how wide a drawing's pen is and redraws its ink with another pen width. Most MNIST
 * writers' pens are 10% to 20% of the digit's size; a hairline on a big canvas or a marker on a
 * small digit is far outside that, and the network then misreads shapes it knows well.
 */
final class PenWidth {
    private PenWidth() {}

    /**
     * The mean width of the strokes in pixels: ink area over half the outline's length. The
     * outline's length is the total variation of the ink (the sum of its gradient's lengths, by
     * central differences), which, unlike a count of pixel edges, hardly depends on how the strokes
     * slant: within 2% over all angles for anti-aliased strokes.
     */
    static double of(float[] ink, int w, int h) {
        // Where each row's ink starts and ends: outside the ink of a row and of the rows above
        // and below it, a pixel adds nothing to either sum, and most of a crop is paper.
        int[] first = new int[h];
        int[] last = new int[h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int x = 0;
            while (x < w && ink[row + x] == 0) {
                x++;
            }
            first[y] = x;
            int end = w - 1;
            while (end > x && ink[row + end] == 0) {
                end--;
            }
            last[y] = x < w ? end : -1;
        }
        double area = 0;
        double outline = 0;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int from = first[y] - 1;
            int to = last[y] + 1;
            if (y > 0) {
                from = Math.min(from, first[y - 1]);
                to = Math.max(to, last[y - 1]);
            }
            if (y + 1 < h) {
                from = Math.min(from, first[y + 1]);
                to = Math.max(to, last[y + 1]);
            }
            for (int x = Math.max(0, from); x <= Math.min(w - 1, to); x++) {
                float v = ink[row + x];
                area += v;
                float left = x > 0 ? ink[row + x - 1] : 0f;
                float right = x + 1 < w ? ink[row + x + 1] : 0f;
                float up = y > 0 ? ink[row - w + x] : 0f;
                float down = y + 1 < h ? ink[row + w + x] : 0f;
                float dx = right - left;
                float dy = down - up;
                if (dx != 0 || dy != 0) {
                    outline += Math.sqrt(dx * dx + dy * dy) / 2;
                }
            }
        }
        // The ring of paper just outside the image, where ink cut off at the edge ends: there
        // the gradient is half the edge pixel's ink, across the edge.
        for (int x = 0; x < w; x++) {
            outline += (ink[x] + ink[(h - 1) * w + x]) / 2;
        }
        for (int y = 0; y < h; y++) {
            outline += (ink[y * w] + ink[y * w + w - 1]) / 2;
        }
        return outline == 0 ? 0 : 2 * area / outline;
    }

    /**
     * The ink redrawn with strokes {@code by} pixels wider (narrower when negative): every pixel
     * within {@code by / 2} of the ink becomes ink, or every pixel within {@code -by / 2} of the
     * background becomes background, with a one-pixel soft edge.
     */
    static float[] widen(float[] ink, int w, int h, double by) {
        boolean[] mask = new boolean[ink.length];
        for (int i = 0; i < ink.length; i++) {
            mask[i] = ink[i] >= 0.5f;
        }
        float[] out = new float[ink.length];
        double reach = Math.abs(by) / 2;
        if (by >= 0) {
            double[] fromInk = DistanceTransform.of(mask, w, h, true);
            for (int i = 0; i < out.length; i++) {
                float grown = (float) clamp(reach + 1 - Math.sqrt(fromInk[i]));
                out[i] = Math.max(ink[i], grown);
            }
        } else {
            double[] fromPaper = DistanceTransform.of(mask, w, h, false);
            for (int i = 0; i < out.length; i++) {
                out[i] = mask[i] ? (float) clamp(Math.sqrt(fromPaper[i]) - reach) : 0f;
            }
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
