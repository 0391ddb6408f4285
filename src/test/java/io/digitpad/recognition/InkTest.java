package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.digitpad.data.PenDigits;
import io.digitpad.drawing.PenDigitDrawings;
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

    @Test
    void framed_ink_is_painted_on_a_canvas_just_large_enough_for_it() {
        Ink.Stroke line = Ink.Stroke.of(new float[] {100, 200, 300}, new float[] {200, 200, 200});
        Ink ink = new Ink(List.of(line), 400, 400, 20);

        Ink framed = ink.framed(Integer.MAX_VALUE);

        // The line's 220x20 pixels, and a pixel beyond the pen's reach on each side.
        assertThat(framed.width()).isEqualTo(222);
        assertThat(framed.height()).isEqualTo(22);
        assertThat(inkBounds(framed.render())).isEqualTo(new Rectangle(1, 1, 220, 20));
    }

    @Test
    void framed_ink_is_shrunk_to_the_side_asked_for_with_its_pen() {
        Ink.Stroke line = Ink.Stroke.of(new float[] {100, 200, 300}, new float[] {200, 200, 200});
        Ink ink = new Ink(List.of(line), 400, 400, 20);

        Ink framed = ink.framed(111);

        assertThat(framed.width()).isEqualTo(111);
        assertThat(framed.height()).isEqualTo(11);
        assertThat(framed.penWidth()).isEqualTo(10f);
    }

    @Test
    void framed_ink_keeps_only_what_the_canvas_shows() {
        Ink.Stroke offEdge = Ink.Stroke.of(new float[] {-100, 100}, new float[] {50, 50});
        Ink.Stroke outside = Ink.Stroke.of(new float[] {500, 600}, new float[] {50, 50});

        Ink framed = new Ink(List.of(offEdge), 400, 400, 20).framed(Integer.MAX_VALUE);

        // From the canvas's left edge to the visible stroke's round end, and its width.
        assertThat(framed.width()).isEqualTo(111);
        assertThat(inkBounds(framed.render())).isEqualTo(new Rectangle(0, 1, 110, 20));
        assertThat(inkBounds(new Ink(List.of(outside), 400, 400, 20).framed(80).render())).isNull();
    }

    @Test
    void a_framed_drawing_normalises_to_the_input_of_its_whole_canvas() {
        DigitPreprocessor preprocessor = new DigitPreprocessor();
        PenDigits writers = PenDigits.bundled().validationWriters();
        for (int i = 0; i < 10; i++) {
            Ink ink = PenDigitDrawings.draw(writers.get(i * 7), i, 5);
            float[] whole = preprocessor.normalize(ink.render()).orElseThrow().pixels();
            float[] framed =
                    preprocessor
                            .normalize(ink.framed(Integer.MAX_VALUE).render())
                            .orElseThrow()
                            .pixels();

            // Java2D's anti-aliasing shifts by a grey level here and there, no more.
            assertThat(framed).as("drawing %d", i).containsExactly(whole, within(1e-4f));
        }
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
