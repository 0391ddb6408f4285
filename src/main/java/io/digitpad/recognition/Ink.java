package io.digitpad.recognition;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A drawing as the pen made it: strokes of points on a {@code width x height} canvas, drawn with a
 * round pen {@code penWidth} pixels wide. It is what the drawing page knows before it paints, and
 * {@link #render()} paints it exactly as the page does, so a drawing sent as strokes and the same
 * drawing sent as the page's PNG go through recognition alike.
 *
 * @param strokes the strokes in the order drawn; none is a blank canvas
 * @param width canvas width in pixels
 * @param height canvas height in pixels
 * @param penWidth the pen's diameter in pixels
 */
public record Ink(List<Stroke> strokes, int width, int height, float penWidth) {
    /** The drawing page's pen on its 400x400 canvas ({@code PEN_WIDTH} in app.js). */
    public static final float PAGE_PEN = 28;

    public Ink {
        strokes = List.copyOf(strokes);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "a canvas needs a positive size, was " + width + "x" + height);
        }
        if (!(penWidth > 0) || Float.isInfinite(penWidth)) {
            throw new IllegalArgumentException("the pen width must be positive, was " + penWidth);
        }
    }

    /**
     * One stroke: where the pen went between touching the canvas and leaving it.
     *
     * @param x the points' x coordinates in canvas pixels, left to right
     * @param y the points' y coordinates in canvas pixels, top to bottom, as many as {@code x}
     * @param t when each point was drawn, in milliseconds from any origin, as many as {@code x}; or
     *     empty when the client did not say
     */
    public record Stroke(float[] x, float[] y, double[] t) {
        public Stroke {
            if (x.length != y.length || x.length == 0) {
                throw new IllegalArgumentException(
                        "a stroke needs as many x as y coordinates, at least one");
            }
            if (t.length != 0 && t.length != x.length) {
                throw new IllegalArgumentException(
                        "a stroke's times must be given for every point or for none");
            }
        }

        /** A stroke through the points, without times. */
        public static Stroke of(float[] x, float[] y) {
            return new Stroke(x, y, new double[0]);
        }

        /** Number of points. */
        public int size() {
            return x.length;
        }
    }

    /**
     * This ink on a canvas just large enough for it (its strokes, the pen's reach and a pixel's
     * margin, within this canvas), shrunk if need be so that the ink's longer side is at most
     * {@code side} pixels: what recognition keeps of a drawing, painted without the rest of the
     * canvas. Painting at that size costs a fraction of painting the whole canvas, and recognition
     * shrinks the ink to it anyway ({@link DigitPreprocessor#WORKING}).
     */
    public Ink framed(int side) {
        if (strokes.isEmpty()) {
            return new Ink(strokes, 1, 1, penWidth);
        }
        float reach = penWidth / 2 + 1;
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Stroke stroke : strokes) {
            for (int i = 0; i < stroke.size(); i++) {
                left = Math.min(left, stroke.x()[i]);
                right = Math.max(right, stroke.x()[i]);
                top = Math.min(top, stroke.y()[i]);
                bottom = Math.max(bottom, stroke.y()[i]);
            }
        }
        // Whole pixels of the canvas, so that nothing the canvas would clip is painted.
        int fromX = Math.max(0, (int) Math.floor(left - reach));
        int fromY = Math.max(0, (int) Math.floor(top - reach));
        int toX = Math.min(width, (int) Math.ceil(right + reach));
        int toY = Math.min(height, (int) Math.ceil(bottom + reach));
        if (toX <= fromX || toY <= fromY) {
            return new Ink(List.of(), 1, 1, penWidth); // all of it off the canvas
        }
        float scale = Math.min(1f, (float) side / Math.max(toX - fromX, toY - fromY));
        List<Stroke> moved = new ArrayList<>(strokes.size());
        for (Stroke stroke : strokes) {
            float[] x = new float[stroke.size()];
            float[] y = new float[stroke.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (stroke.x()[i] - fromX) * scale;
                y[i] = (stroke.y()[i] - fromY) * scale;
            }
            moved.add(new Stroke(x, y, stroke.t()));
        }
        return new Ink(
                moved,
                Math.max(1, (int) Math.ceil((toX - fromX) * scale)),
                Math.max(1, (int) Math.ceil((toY - fromY) * scale)),
                penWidth * scale);
    }

    /**
     * The canvas as the page paints it: white, every stroke black, anti-aliased, with round caps
     * and joins, smoothed by quadratic curves through the midpoints between points (the points
     * themselves are the control points); a single point is a dot as wide as the pen.
     */
    public BufferedImage render() {
        return renderOn(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY));
    }

    /**
     * Paints as {@link #render()} does onto {@code canvas}, a {@code TYPE_BYTE_GRAY} image of this
     * ink's size whose old pixels are all painted over, and returns it.
     */
    public BufferedImage renderOn(BufferedImage canvas) {
        if (canvas.getType() != BufferedImage.TYPE_BYTE_GRAY
                || canvas.getWidth() != width
                || canvas.getHeight() != height) {
            throw new IllegalArgumentException(
                    "a canvas for this ink is an 8-bit grey " + width + "x" + height + " image");
        }
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(penWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Stroke stroke : strokes) {
                paint(g, stroke);
            }
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private void paint(Graphics2D g, Stroke stroke) {
        float[] x = stroke.x();
        float[] y = stroke.y();
        int n = stroke.size();
        if (n == 1) {
            float r = penWidth / 2;
            g.fill(new Ellipse2D.Float(x[0] - r, y[0] - r, penWidth, penWidth));
            return;
        }
        Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, n + 1);
        path.moveTo(x[0], y[0]);
        for (int i = 1; i < n - 1; i++) {
            path.quadTo(x[i], y[i], (x[i] + x[i + 1]) / 2, (y[i] + y[i + 1]) / 2);
        }
        path.lineTo(x[n - 1], y[n - 1]);
        g.draw(path);
    }
}
