package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class InkTest {
    @Test
    void no_strokes_is_a_white_canvas_of_the_given_size() {
        BufferedImage canvas = new Ink(List.of(), 300, 200, Ink.PAGE_PEN).render();

        assertThat(canvas.getWidth()).isEqualTo(300);
        assertThat(canvas.getHeight()).isEqualTo(200);
        assertThat(inkBounds(canvas)).isNull();
    }

    @Test
    void a_line_is_as_thick_as_the_pen_with_round_ends() {
        Ink.Stroke line = Ink.Stroke.of(new float[] {100, 200, 300}, new float[] {200, 200, 200});

        BufferedImage canvas = new Ink(List.of(line), 400, 400, 20).render();

        assertThat(inkBounds(canvas)).isEqualTo(new Rectangle(90, 190, 220, 20));
    }

    @Test
    void a_single_point_is_a_dot_as_wide_as_the_pen() {
        Ink.Stroke tap = Ink.Stroke.of(new float[] {50}, new float[] {60});

        BufferedImage canvas = new Ink(List.of(tap), 400, 400, 28).render();

        assertThat(inkBounds(canvas)).isEqualTo(new Rectangle(36, 46, 28, 28));
    }

    @Test
    void a_curve_passes_through_the_midpoints_between_its_points() {
        // The page's curve runs from the first point to the midpoint of the last two, the middle
        // point its control, then straight on: it turns at y = 167, where the polyline would
        // reach the middle point's y = 200.
        Ink.Stroke vee = Ink.Stroke.of(new float[] {100, 200, 300}, new float[] {100, 200, 100});

        BufferedImage canvas = new Ink(List.of(vee), 400, 400, 2).render();

        Rectangle bounds = inkBounds(canvas);
        assertThat(bounds.y + bounds.height).isBetween(165, 170);
    }

    @Test
    void times_are_given_for_every_point_or_none() {
        assertThatThrownBy(
                        () ->
                                new Ink.Stroke(
                                        new float[] {1, 2}, new float[] {1, 2}, new double[] {0}))
                .hasMessageContaining("every point or for none");
    }

    /** The smallest rectangle of pixels darker than mid-grey, or null on a blank canvas. */
    private static Rectangle inkBounds(BufferedImage canvas) {
        Rectangle bounds = null;
        for (int y = 0; y < canvas.getHeight(); y++) {
            for (int x = 0; x < canvas.getWidth(); x++) {
                if ((canvas.getRGB(x, y) & 0xFF) < 128) {
                    Rectangle pixel = new Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? pixel : bounds.union(pixel);
                }
            }
        }
        return bounds;
    }
}
