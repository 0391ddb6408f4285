package io.digitpad.drawing;

import java.awt.image.BufferedImage;

/**
 * An MNIST test digit redrawn with a pen on the drawing page's canvas.
 *
 * @param image the 400x400 ARGB canvas
 * @param label the digit drawn
 * @param mnistIndex the test image it was drawn from
 */
public record DrawnDigit(BufferedImage image, int label, int mnistIndex) {

    /** The canvas as PNG bytes, as the web page uploads it. */
    public byte[] toPng() {
        return DrawingCanvas.png(image);
    }
}
