package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PenWidthTest {
    private static final int SIDE = 200;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(doubles = {2, 5, 12, 30})
    void measures_the_pen_of_a_ring(double pen) {
        float[] ink = ink(new Ellipse2D.Double(40, 30, 110, 140), pen);

        assertThat(PenWidth.of(ink, SIDE, SIDE)).isCloseTo(pen, withinPercentage(10));
    }

    @ParameterizedTest(name = "{0} degrees")
    @ValueSource(doubles = {0, 20, 45, 70, 90})
    void measures_the_pen_of_a_straight_stroke_at_any_slant(double degrees) {
        double pen = 8;
        double dx = 70 * Math.cos(Math.toRadians(degrees));
        double dy = 70 * Math.sin(Math.toRadians(degrees));
        float[] ink = ink(new Line2D.Double(100 - dx, 100 - dy, 100 + dx, 100 + dy), pen);

        assertThat(PenWidth.of(ink, SIDE, SIDE)).isCloseTo(pen, withinPercentage(15));
    }

    @ParameterizedTest(name = "by {0} px")
    @ValueSource(doubles = {-16, -6, 6, 16})
    void widening_redraws_the_strokes_with_a_pen_that_much_wider(double by) {
        Shape ring = new Ellipse2D.Double(40, 30, 110, 140);
        float[] ink = ink(ring, 20);

        float[] widened = PenWidth.widen(ink, SIDE, SIDE, by);

        assertThat(PenWidth.of(widened, SIDE, SIDE)).isCloseTo(20 + by, within(1.0));
        assertThat(meanDifference(widened, ink(ring, 20 + by))).isLessThan(0.01);
    }

    /** {@code shape} stroked with a round pen {@code pen} px wide: 1 = ink, 0 = paper. */
    private static float[] ink(Shape shape, double pen) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.dispose();
        float[] ink = new float[SIDE * SIDE];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = image.getRaster().getSample(i % SIDE, i / SIDE, 0) / 255f;
        }
        return ink;
    }

    private static double meanDifference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
