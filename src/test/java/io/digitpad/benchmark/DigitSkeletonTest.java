package io.digitpad.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import org.junit.jupiter.api.Test;

class DigitSkeletonTest {
    private final MnistSet test = TestData.mnist().test();

    @Test
    void a_plain_seven_is_one_or_two_strokes_across_the_digit() {
        DigitSkeleton seven = DigitSkeleton.of(test.pixels(0));

        assertThat(test.label(0)).isEqualTo(7);
        assertThat(seven.faithful()).isTrue();
        assertThat(seven.strokes()).hasSizeBetween(1, 2);
        double top = Double.MAX_VALUE;
        double bottom = 0;
        for (Polyline stroke : seven.strokes()) {
            for (var p : stroke.points()) {
                top = Math.min(top, p.getY());
                bottom = Math.max(bottom, p.getY());
            }
        }
        assertThat(bottom - top).isGreaterThan(0.5 * DigitSkeleton.SIDE);
    }

    @Test
    void a_six_whose_loop_is_inked_solid_is_not_faithful() {
        // Test image 623: a bold 6 whose loop is one black blob; its centre line is a C.
        assertThat(test.label(623)).isEqualTo(6);

        assertThat(DigitSkeleton.of(test.pixels(623)).faithful()).isFalse();
    }

    @Test
    void a_bold_eight_with_grey_loops_is_opened_and_faithful() {
        // Test image 693: the lower loop is only lighter grey (117-182) inside black ink.
        assertThat(test.label(693)).isEqualTo(8);
        DigitSkeleton eight = DigitSkeleton.of(test.pixels(693));

        assertThat(eight.faithful()).isTrue();
        assertThat(eight.strokes())
                .anyMatch(
                        s ->
                                s.points().size() > 2
                                        && s.points()
                                                .get(0)
                                                .equals(s.points().get(s.points().size() - 1)));
    }

    @Test
    void an_empty_image_has_no_strokes() {
        DigitSkeleton nothing = DigitSkeleton.of(new int[MnistSet.PIXELS]);

        assertThat(nothing.strokes()).isEmpty();
        assertThat(nothing.faithful()).isFalse();
    }
}
