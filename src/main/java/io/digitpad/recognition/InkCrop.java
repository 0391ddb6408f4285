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
    /**
     * Reads {@code image} in two passes over its rows: the first finds the background (from the
     * border alone), then the strongest ink and the ink's bounding box; the second keeps the ink
     * inside that box only, a fraction of the image. When the top-left pixel is background, the
     * first pass reads only what differs from it byte for byte: a run of copies of that pixel holds
     * no ink, and skipping it changes nothing.
     */
    public static InkCrop of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        PixelRows rows = PixelRows.of(image);
        DigitPreprocessor.Background background = DigitPreprocessor.Background.estimate(rows, w, h);
        float[] luminance = new float[w];
        float[] alpha = new float[w];
        rows.read(0, 0, 1, luminance, alpha);
        boolean cornerIsBackground =
                background.inkOf(luminance[0], alpha[0]) < DigitPreprocessor.NOISE;
        float max = 0;
        int left = w;
        int top = h;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            long span = cornerIsBackground ? rows.unlikeCorner(y, w) : PixelRows.span(0, w);
            int from = PixelRows.from(span);
            int to = PixelRows.to(span);
            rows.read(from, y, to - from, luminance, alpha);
            for (int x = from; x < to; x++) {
                float v = background.inkOf(luminance[x - from], alpha[x - from]);
                if (v >= DigitPreprocessor.NOISE) {
                    max = Math.max(max, v);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
        }
        if (right < 0) {
            return new InkCrop(new float[0], 0, 0, 0, 0, max);
        }
        int boxWidth = right + 1 - left;
        int boxHeight = bottom + 1 - top;
        float[] ink = new float[boxWidth * boxHeight];
        for (int y = top; y <= bottom; y++) {
            rows.read(left, y, boxWidth, luminance, alpha);
            int row = (y - top) * boxWidth;
            for (int x = 0; x < boxWidth; x++) {
                float v = background.inkOf(luminance[x], alpha[x]);
                ink[row + x] = v < DigitPreprocessor.NOISE ? 0f : v;
            }
        }
        return new InkCrop(ink, boxWidth, boxHeight, left, top, max);
    }

    /** True when the image holds no ink at all, or too faint a trace to be a digit. */
    public boolean isEmpty() {
        return width == 0 || max < DigitPreprocessor.BLANK;
    }
}
