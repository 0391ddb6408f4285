package io.digitpad.recognition;

import io.digitpad.model.DigitNet;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A 28x28 digit as the network sees it: white ink on black, like MNIST.
 *
 * @param pixels 784 intensities, row-major, 0 = background, 1 = full ink
 */
public record MnistImage(float[] pixels) {
    /** Side length in pixels. */
    public static final int SIDE = DigitNet.SIDE;

    public MnistImage {
        if (pixels.length != SIDE * SIDE) {
            throw new IllegalArgumentException("expected 784 pixels, got " + pixels.length);
        }
    }

    /** Intensity at column {@code x}, row {@code y}. */
    public float at(int x, int y) {
        return pixels[y * SIDE + x];
    }

    /** The image as a 28x28 grey PNG (white ink on black). */
    public byte[] toPng() {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = new byte[SIDE * SIDE];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) Math.round(Math.min(1f, Math.max(0f, pixels[i])) * 255);
        }
        image.getRaster().setDataElements(0, 0, SIDE, SIDE, grey);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return png.toByteArray();
    }
}
