package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedrawErrorTest {
    private final MnistSet test = TestData.mnist().test();

    @Test
    void a_digit_is_closest_to_its_own_centre_lines() {
        // Test images 0 and 2: a 7 and a 1.
        int[] seven = test.pixels(0);
        List<Polyline> sevenStrokes = DigitSkeleton.of(seven).strokes();
        List<Polyline> oneStrokes = DigitSkeleton.of(test.pixels(2)).strokes();

        double own = RedrawError.of(sevenStrokes, seven);
        double other = RedrawError.of(oneStrokes, seven);

        assertThat(own).isLessThan(0.3);
        assertThat(other).isGreaterThan(2 * own);
    }

    @Test
    void no_strokes_miss_all_of_the_ink() {
        assertThat(RedrawError.of(List.of(), test.pixels(0))).isEqualTo(1.0);
    }
}
