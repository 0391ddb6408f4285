package io.digitpad.recognition;

import io.digitpad.data.MnistSet;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Digits drawn the way people draw them on a 400x400 canvas, and measurements of the result. */
public final class Drawings {
    /** Side of the drawing page's canvas. */
    public static final int CANVAS = 400;

    private Drawings() {}

    /** A "7": a bar and a slanted stem, in a box 0.6 wide and 1 tall. */
    public static Shape seven() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, 0);
        path.lineTo(0.6, 0);
        path.lineTo(0.2, 1);
        return path;
    }

    /** A "1": a short flag and a vertical stem. */
    public static Shape one() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0.1, 0.2);
        path.lineTo(0.3, 0);
        path.lineTo(0.3, 1);
        return path;
    }

    /** A "0": an upright ellipse. */
    public static Shape zero() {
        return new Ellipse2D.Double(0, 0, 0.6, 1);
    }

    /** A new canvas filled with {@code background}, or left fully transparent when it is null. */
    public static BufferedImage canvas(int type, Color background) {
        BufferedImage canvas = new BufferedImage(CANVAS, CANVAS, type);
        if (background != null) {
            Graphics2D g = canvas.createGraphics();
            g.setColor(background);
            g.fillRect(0, 0, CANVAS, CANVAS);
            g.dispose();
        }
        return canvas;
    }

    /**
     * Strokes {@code digit} (unit height) so that its ink, stroke included, is {@code size} pixels
     * tall with its top-left corner at (x, y); the brush is 8% of the height, round-capped and
     * anti-aliased like a drawing app's.
     */
    public static BufferedImage draw(
            BufferedImage canvas, Shape digit, int size, int x, int y, Color ink) {
        return draw(canvas, digit, size, x, y, ink, 0.08);
    }

    /** The same with a brush {@code brushFraction} of the height. */
    public static BufferedImage draw(
            BufferedImage canvas,
            Shape digit,
            int size,
            int x,
            int y,
            Color ink,
            double brushFraction) {
        double brush = brushFraction * size;
        double scale = size - brush;
        AffineTransform place = new AffineTransform();
        place.translate(x + brush / 2, y + brush / 2);
        place.scale(scale, scale);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) brush, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(place.createTransformedShape(digit));
        g.dispose();
        return canvas;
    }

    /** Black {@code digit} on a white ARGB canvas. */
    public static BufferedImage onWhite(Shape digit, int size, int x, int y) {
        return draw(
                canvas(BufferedImage.TYPE_INT_ARGB, Color.WHITE), digit, size, x, y, Color.BLACK);
    }

    /**
     * MNIST image {@code index} as the drawing page would send it: black on white, scaled to {@code
     * size} pixels with smooth interpolation, its top-left corner at (x, y).
     */
    public static BufferedImage mnistOnCanvas(
            MnistSet set, int index, int size, int x, int y, boolean bicubic) {
        BufferedImage digit = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
        int[] pixels = set.pixels(index);
        for (int i = 0; i < pixels.length; i++) {
            int grey = 255 - pixels[i];
            digit.setRGB(i % 28, i / 28, (grey << 16) | (grey << 8) | grey);
        }
        BufferedImage canvas = canvas(BufferedImage.TYPE_INT_ARGB, Color.WHITE);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(
                RenderingHints.KEY_INTERPOLATION,
                bicubic
                        ? RenderingHints.VALUE_INTERPOLATION_BICUBIC
                        : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(digit, x, y, size, size, null);
        g.dispose();
        return canvas;
    }

    /** The image encoded as {@code format} ("png", "bmp", ...). */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no " + format + " writer for " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The image as a JPEG of {@code quality} 0-1 (low quality: visible compression noise). */
    public static byte[] jpeg(BufferedImage rgb, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Mean absolute difference of two 28x28 images, 0-1. */
    public static double meanAbsoluteDifference(MnistImage a, MnistImage b) {
        double sum = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            sum += Math.abs(a.pixels()[i] - b.pixels()[i]);
        }
        return sum / a.pixels().length;
    }

    /**
     * The smallest mean absolute difference of {@code a} and {@code b} shifted by at most one pixel
     * either way: centring places a digit on whole pixels, so a centre of mass that falls on a half
     * pixel may land one pixel either side.
     */
    public static double alignedDifference(MnistImage a, MnistImage b) {
        int side = MnistImage.SIDE;
        double best = Double.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                double sum = 0;
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        int sx = x + dx;
                        int sy = y + dy;
                        float shifted =
                                sx < 0 || sy < 0 || sx >= side || sy >= side ? 0f : b.at(sx, sy);
                        sum += Math.abs(a.at(x, y) - shifted);
                    }
                }
                best = Math.min(best, sum / (side * side));
            }
        }
        return best;
    }

    /** Width and height of the box holding every inked pixel. */
    public static int[] inkBox(MnistImage image) {
        int left = MnistImage.SIDE;
        int top = MnistImage.SIDE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < MnistImage.SIDE; y++) {
            for (int x = 0; x < MnistImage.SIDE; x++) {
                if (image.at(x, y) > 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new int[] {right - left + 1, bottom - top + 1};
    }

    /** Centre of mass (x, y) of the ink, in pixels from the top-left corner of the 28x28 field. */
    public static double[] centreOfMass(MnistImage image) {
        double mass = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < MnistImage.SIDE; y++) {
            for (int x = 0; x < MnistImage.SIDE; x++) {
                double v = image.at(x, y);
                mass += v;
                sx += v * (x + 0.5);
                sy += v * (y + 0.5);
            }
        }
        return new double[] {sx / mass, sy / mass};
    }
}
