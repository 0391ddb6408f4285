package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.digitpad.data.PenDigit;
import io.digitpad.data.PenDigits;
import io.digitpad.recognition.Ink;
import java.util.List;
import org.junit.jupiter.api.Test;

class PenDigitDrawingsTest {
    private static final PenDigits DIGITS = PenDigits.bundled();

    /** Upright, full proportions, in the middle of the canvas. */
    private static final Placement PLAIN = new Placement(300, 20, 0, 1, 0.5, 0.5);

    @Test
    void the_same_key_and_seed_give_the_same_drawing() {
        PenDigit digit = DIGITS.get(5);

        Ink first = PenDigitDrawings.draw(digit, 17, 3);
        Ink again = PenDigitDrawings.draw(digit, 17, 3);
        Ink other = PenDigitDrawings.draw(digit, 18, 3);

        assertThat(again.penWidth()).isEqualTo(first.penWidth());
        assertThat(again.strokes().get(0).x()).containsExactly(first.strokes().get(0).x());
        assertThat(other.strokes().get(0).x()).isNotEqualTo(first.strokes().get(0).x());
    }

    @Test
    void the_tablet_top_is_the_canvas_top_and_the_ink_has_the_placed_height() {
        PenDigit digit = DIGITS.get(0);

        Ink ink = PenDigitDrawings.draw(digit, PLAIN, 0, 1);

        int highest = 0;
        for (int i = 1; i < digit.strokes().get(0).size(); i++) {
            if (digit.strokes().get(0).y()[i] > digit.strokes().get(0).y()[highest]) {
                highest = i;
            }
        }
        float[] y = ink.strokes().get(0).y();
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Ink.Stroke stroke : ink.strokes()) {
            for (float v : stroke.y()) {
                top = Math.min(top, v);
                bottom = Math.max(bottom, v);
            }
        }
        assertThat(y[highest]).isEqualTo(top);
        assertThat(bottom - top + ink.penWidth()).isCloseTo(300f, within(0.01f));
        assertThat(ink.width()).isEqualTo(400);
        assertThat(ink.height()).isEqualTo(400);
    }

    @Test
    void a_slower_pointer_keeps_one_point_in_three_and_every_stroke_end() {
        PenDigit digit = DIGITS.get(0);

        List<Ink.Stroke> every = PenDigitDrawings.draw(digit, PLAIN, 0, 1).strokes();
        List<Ink.Stroke> third = PenDigitDrawings.draw(digit, PLAIN, 0, 3).strokes();

        for (int s = 0; s < digit.strokes().size(); s++) {
            int points = digit.strokes().get(s).size();
            boolean endOffStep = (points - 1) % 3 != 0;
            assertThat(every.get(s).size()).isEqualTo(points);
            assertThat(third.get(s).size()).isEqualTo((points + 2) / 3 + (endOffStep ? 1 : 0));
        }
    }
}
