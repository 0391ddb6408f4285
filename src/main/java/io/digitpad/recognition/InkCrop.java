package io.digitpad.recognition;

import java.awt.image.BufferedImage;

/**
 * The ink of an image, cropped to it: how much ink each pixel holds, 0-1, with the background
 * removed and faint noise dropped, as {@link DigitPreprocessor} sees it.
 *
 * @param ink row-major ink of the crop, {@code width x height}
 * @param width crop width in pixels; 0 when the image has no ink
 * @param height crop height in pixels; 0 when the image has no ink
 * @param left where the crop starts in the image
 * @param top where the crop starts in the image
 * @param max the strongest ink
 */
public record InkCrop(float[] ink, int width, int height, int left, int top, float max) {
    /** Pixels read at a time while looking for the ink's edge in a row. */
    private static final int RUN = 32;

    /**
     * Reads {@code image} in two passes over its rows: the first finds the background (from the
     * border alone), then the ink's bounding box, reading each row only from its ends inwards up to
     * the first ink; the second reads the ink inside that box only, a fraction of the image, and
     * its strongest value. When the top-left pixel is background, the first pass also skips what is
     * a byte-for-byte copy of that pixel: such a run holds no ink.
     */
    public static InkCrop of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        PixelRows rows = PixelRows.of(image);
        DigitPreprocessor.Background background = DigitPreprocessor.Background.estimate(rows, w, h);
        Scan scan = new Scan(rows, background, w);
        boolean cornerIsBackground = scan.inkAt(0, 0) < DigitPreprocessor.NOISE;
        int left = w;
        int top = h;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            long span = cornerIsBackground ? rows.unlikeCorner(y, w) : PixelRows.span(0, w);
            int first = scan.firstInk(y, PixelRows.from(span), PixelRows.to(span));
            if (first >= 0) {
                left = Math.min(left, first);
                right = Math.max(right, scan.lastInk(y, first, PixelRows.to(span)));
                top = Math.min(top, y);
                bottom = y;
            }
        }
        if (right < 0) {
            return new InkCrop(new float[0], 0, 0, 0, 0, 0f);
        }
        int boxWidth = right + 1 - left;
        int boxHeight = bottom + 1 - top;
        float[] ink = new float[boxWidth * boxHeight];
        float max = 0;
        for (int y = top; y <= bottom; y++) {
            max = Math.max(max, scan.readInto(ink, (y - top) * boxWidth, left, y, boxWidth));
        }
        return new InkCrop(ink, boxWidth, boxHeight, left, top, max);
    }

    /** Reads runs of a row as ink, through reusable buffers. */
    private static final class Scan {
        private final PixelRows rows;
        private final DigitPreprocessor.Background background;
        private final float[] luminance;
        private final float[] alpha;
        final float[] ink;

        Scan(PixelRows rows, DigitPreprocessor.Background background, int w) {
            this.rows = rows;
            this.background = background;
            luminance = new float[w];
            alpha = new float[w];
            ink = new float[w];
        }

        /** Reads {@code n} pixels of row {@code y} from column {@code x} into {@link #ink}. */
        void read(int x, int y, int n) {
            readInto(ink, 0, x, y, n);
        }

        /** Reads as {@link #read} does into {@code out} from {@code at}; the strongest ink. */
        float readInto(float[] out, int at, int x, int y, int n) {
            return rows.readInk(x, y, n, background, out, at, luminance, alpha);
        }

        float inkAt(int x, int y) {
            read(x, y, 1);
            return ink[0];
        }

        /** The first column in {@code [from, to)} of row {@code y} with ink, or -1. */
        int firstInk(int y, int from, int to) {
            for (int x = from; x < to; x += RUN) {
                int n = Math.min(RUN, to - x);
                read(x, y, n);
                for (int i = 0; i < n; i++) {
                    if (ink[i] >= DigitPreprocessor.NOISE) {
                        return x + i;
                    }
                }
            }
            return -1;
        }

        /** The last column in {@code [first, to)} of row {@code y} with ink; {@code first} has. */
        int lastInk(int y, int first, int to) {
            for (int end = to; end > first; end -= RUN) {
                int x = Math.max(first, end - RUN);
                read(x, y, end - x);
                for (int i = end - x - 1; i >= 0; i--) {
                    if (ink[i] >= DigitPreprocessor.NOISE) {
                        return x + i;
                    }
                }
            }
            return first;
        }
    }

    /** True when the image holds no ink at all, or too faint a trace to be a digit. */
    public boolean isEmpty() {
        return width == 0 || max < DigitPreprocessor.BLANK;
    }
}
