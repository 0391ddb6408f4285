package io.digitpad.drawing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The drawing page's canvas: 400x400, black round-capped, round-joined pen strokes on white, in an
 * ARGB image like the browser's {@code canvas.toDataURL()} export.
 */
public final class DrawingCanvas {
    /** Width and height of the canvas in pixels. */
    public static final int SIDE = 400;

    /** Space kept clear at each edge so the anti-aliased rim of the ink stays on the canvas. */
    private static final double MARGIN = 1;

    /** How far from the digit a tap lands, at least, in pixels. */
    static final int TAP_CLEARANCE = 40;

    private static final int TAP_TRIES = 100;

    private DrawingCanvas() {}

    /**
     * Draws {@code strokes} (in any coordinates) scaled, tilted and placed as {@code placement}
     * says. A shape too wide for the canvas at the asked height is shrunk, pen included, until it
     * fits.
     */
    static BufferedImage draw(List<Polyline> strokes, Placement placement) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, SIDE, SIDE);
            if (strokes.isEmpty()) {
                return image;
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.BLACK);
            paint(g, strokes, placement);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paint(Graphics2D g, List<Polyline> strokes, Placement placement) {
        Fit fit = fit(strokes, placement);
        g.setStroke(
                new BasicStroke((float) fit.pen(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Polyline stroke : strokes) {
            g.draw(stroke.transform(fit.toCanvas()).toPath());
        }
    }

    /**
     * Where strokes land on the canvas.
     *
     * @param toCanvas from the strokes' coordinates to canvas pixels
     * @param pen the pen's diameter in canvas pixels
     */
    record Fit(AffineTransform toCanvas, double pen) {}

    /**
     * How {@code strokes} (in any coordinates) are scaled, tilted and placed as {@code placement}
     * says. A shape too wide for the canvas at the asked height is shrunk, pen included, until it
     * fits.
     */
    static Fit fit(List<Polyline> strokes, Placement placement) {
        AffineTransform shape =
                AffineTransform.getRotateInstance(Math.toRadians(placement.angleDegrees()));
        shape.scale(placement.stretch(), 1);
        StrokeBounds bounds =
                StrokeBounds.of(strokes.stream().map(stroke -> stroke.transform(shape)).toList());
        // A flat shape (a dash) would need an infinite scale to reach the height.
        double spanY = Math.max(bounds.height(), 1e-3 * Math.max(1, bounds.width()));
        double pen = placement.penWidth();
        double scale = (placement.height() - pen) / spanY;
        double room = SIDE - 2 * MARGIN;
        double inkWidth = bounds.width() * scale + pen;
        if (inkWidth > room) {
            scale *= room / inkWidth;
            pen *= room / inkWidth;
            inkWidth = room;
        }
        double inkHeight = bounds.height() * scale + pen;
        double left = MARGIN + placement.across() * (room - inkWidth);
        double top = MARGIN + placement.down() * Math.max(0, room - inkHeight);
        AffineTransform toCanvas =
                AffineTransform.getTranslateInstance(
                        left + pen / 2 - bounds.minX() * scale,
                        top + pen / 2 - bounds.minY() * scale);
        toCanvas.scale(scale, scale);
        toCanvas.concatenate(shape);
        return new Fit(toCanvas, pen);
    }

    /**
     * Adds a tap to {@code canvas}: a dot as wide as {@code pen} on blank canvas at least {@link
     * #TAP_CLEARANCE} pixels from any ink, as a finger or stylus touching the page by mistake.
     * Leaves the canvas as it is when a few random tries find no such spot.
     */
    static void tap(BufferedImage canvas, double pen, SplittableRandom random) {
        double low = pen / 2 + MARGIN;
        double high = SIDE - low;
        for (int tries = 0; tries < TAP_TRIES; tries++) {
            double x = random.nextDouble(low, high);
            double y = random.nextDouble(low, high);
            if (blankAround(canvas, (int) x, (int) y, TAP_CLEARANCE + (int) Math.ceil(pen / 2))) {
                Graphics2D g = canvas.createGraphics();
                g.setRenderingHint(
                        RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(Color.BLACK);
                g.fill(new Ellipse2D.Double(x - pen / 2, y - pen / 2, pen, pen));
                g.dispose();
                return;
            }
        }
    }

    private static boolean blankAround(BufferedImage canvas, int x, int y, int radius) {
        for (int row = Math.max(0, y - radius); row < Math.min(SIDE, y + radius); row++) {
            for (int column = Math.max(0, x - radius);
                    column < Math.min(SIDE, x + radius);
                    column++) {
                if ((canvas.getRGB(column, row) & 0xFF) < 255) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code image} as PNG bytes, which is what the web page uploads. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(16 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return png.toByteArray();
    }
}
