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
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PenWidthTest {
    private static final int SIDE = 200;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void measures_exactly_what_the_sums_over_every_pixel_give(int seed) {
        Random random = new Random(seed);
        int w = 1 + random.nextInt(60);
        int h = 1 + random.nextInt(60);
        float[] ink = new float[w * h];
        for (int blot = 0; blot < 1 + random.nextInt(4); blot++) {
            int x0 = random.nextInt(w);
            int y0 = random.nextInt(h);
            for (int y = y0; y < Math.min(h, y0 + random.nextInt(20)); y++) {
                for (int x = x0; x < Math.min(w, x0 + random.nextInt(20)); x++) {
                    ink[y * w + x] = random.nextInt(3) == 0 ? 1f : random.nextFloat();
                }
            }
        }

        assertThat(PenWidth.of(ink, w, h)).isEqualTo(overEveryPixel(ink, w, h));
    }

    /** Ink area over half the outline, summed over every pixel in row order. */
    private static double overEveryPixel(float[] ink, int w, int h) {
        double area = 0;
        double outline = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                area += ink[y * w + x];
                float dx = at(ink, w, h, x + 1, y) - at(ink, w, h, x - 1, y);
                float dy = at(ink, w, h, x, y + 1) - at(ink, w, h, x, y - 1);
                if (dx != 0 || dy != 0) {
                    outline += Math.sqrt(dx * dx + dy * dy) / 2;
                }
            }
        }
        for (int x = 0; x < w; x++) {
            outline += (ink[x] + ink[(h - 1) * w + x]) / 2;
        }
        for (int y = 0; y < h; y++) {
            outline += (ink[y * w] + ink[y * w + w - 1]) / 2;
        }
        return outline == 0 ? 0 : 2 * area / outline;
    }

    private static float at(float[] ink, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 0f : ink[y * w + x];
    }

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
