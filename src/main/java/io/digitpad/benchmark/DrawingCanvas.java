package io.digitpad.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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

        g.setStroke(new BasicStroke((float) pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Polyline stroke : strokes) {
            g.draw(stroke.transform(toCanvas).toPath());
        }
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
