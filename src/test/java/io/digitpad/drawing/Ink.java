package io.digitpad.drawing;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** Reads back what a pen left on a canvas. */
final class Ink {
    private Ink() {}

    /**
     * The smallest rectangle holding every pixel at least half black, or null on a blank canvas.
     */
    static Rectangle bounds(BufferedImage canvas) {
        Rectangle bounds = null;
        for (int y = 0; y < canvas.getHeight(); y++) {
            for (int x = 0; x < canvas.getWidth(); x++) {
                if (grey(canvas.getRGB(x, y)) < 128) {
                    Rectangle pixel = new Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? pixel : bounds.union(pixel);
                }
            }
        }
        return bounds;
    }

    /** True when every pixel is opaque and grey, i.e. black, white or anti-aliased between. */
    static boolean isOpaqueGrey(BufferedImage canvas) {
        for (int y = 0; y < canvas.getHeight(); y++) {
            for (int x = 0; x < canvas.getWidth(); x++) {
                int argb = canvas.getRGB(x, y);
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                if ((argb >>> 24) != 255 || r != g || g != b) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the outermost ring of pixels is pure white. */
    static boolean hasWhiteBorder(BufferedImage canvas) {
        int w = canvas.getWidth();
        int h = canvas.getHeight();
        for (int i = 0; i < w; i++) {
            if (!isWhite(canvas.getRGB(i, 0)) || !isWhite(canvas.getRGB(i, h - 1))) {
                return false;
            }
        }
        for (int i = 0; i < h; i++) {
            if (!isWhite(canvas.getRGB(0, i)) || !isWhite(canvas.getRGB(w - 1, i))) {
                return false;
            }
        }
        return true;
    }

    /** The darkest grey level (0-255) on the canvas. */
    static int darkest(BufferedImage canvas) {
        int darkest = 255;
        for (int y = 0; y < canvas.getHeight(); y++) {
            for (int x = 0; x < canvas.getWidth(); x++) {
                darkest = Math.min(darkest, grey(canvas.getRGB(x, y)));
            }
        }
        return darkest;
    }

    static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isWhite(int argb) {
        return argb == 0xFFFFFFFF;
    }

    private static int grey(int argb) {
        return argb & 0xFF;
    }
}
