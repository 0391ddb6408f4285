package io.digitpad.drawing;

import io.digitpad.data.MnistSet;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * How far an MNIST digit's centre lines, drawn back with a pen at MNIST's resolution, are from the
 * digit itself. Both a stroke lost and a gap closed count, so it tells which of several readings of
 * a blurred scan is the faithful one.
 */
final class RedrawError {
    private static final int SCALE = DigitSkeleton.SCALE;

    private RedrawError() {}

    /**
     * The summed absolute difference between {@code pixels} (an MNIST image, 0-255) and {@code
     * strokes} (in {@link DigitSkeleton} coordinates) drawn with a round pen as wide as puts the
     * same amount of ink on the page, averaged down to 28x28; relative to that amount of ink: 0 for
     * a perfect redraw, 1 for no strokes at all, 2 for strokes wholly beside the digit.
     */
    static double of(List<Polyline> strokes, int[] pixels) {
        double mass = 0;
        for (int p : pixels) {
            mass += p / 255.0;
        }
        double length = 0;
        for (Polyline stroke : strokes) {
            List<Point2D> points = stroke.points();
            for (int i = 1; i < points.size(); i++) {
                length += points.get(i).distance(points.get(i - 1));
            }
        }
        // At least one MNIST pixel wide, so a dot or a short stroke still gets a pen.
        double pen = Math.max(SCALE, mass * SCALE * SCALE / Math.max(1, length));
        byte[] drawn = draw(strokes, pen);
        int side = MnistSet.SIDE;
        int upsampled = DigitSkeleton.SIDE;
        double difference = 0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int sum = 0;
                for (int dy = 0; dy < SCALE; dy++) {
                    int row = (y * SCALE + dy) * upsampled + x * SCALE;
                    for (int dx = 0; dx < SCALE; dx++) {
                        sum += drawn[row + dx] & 0xFF;
                    }
                }
                difference +=
                        Math.abs(sum / (SCALE * SCALE * 255.0) - pixels[y * side + x] / 255.0);
            }
        }
        return mass == 0 ? 0 : difference / mass;
    }

    /** The strokes in white on black, anti-aliased, on the upsampled grid. */
    private static byte[] draw(List<Polyline> strokes, double pen) {
        int side = DigitSkeleton.SIDE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Polyline stroke : strokes) {
            g.draw(stroke.toPath());
        }
        g.dispose();
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
