package io.digitpad.web;

import io.digitpad.data.MnistSet;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

/** MNIST test digits rendered as the drawing page sends them: black on white 400x400 PNGs. */
final class Canvases {
    private Canvases() {}

    /** Test image {@code index}, {@code size} pixels tall, with its top-left corner at (x, y). */
    static byte[] png(MnistSet set, int index, int size, int x, int y, String format) {
        BufferedImage digit = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
        int[] pixels = set.pixels(index);
        for (int i = 0; i < pixels.length; i++) {
            int grey = 255 - pixels[i];
            digit.setRGB(i % 28, i / 28, (grey << 16) | (grey << 8) | grey);
        }
        boolean png = format.equals("png");
        BufferedImage canvas =
                new BufferedImage(
                        400, 400, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.setRenderingHint(
                RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(digit, x, y, size, size, null);
        g.dispose();
        return encode(canvas, format);
    }

    static byte[] blank() {
        BufferedImage canvas = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.dispose();
        return encode(canvas, "png");
    }

    static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
