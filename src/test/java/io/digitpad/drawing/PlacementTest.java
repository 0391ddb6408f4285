package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlacementTest {

    @Test
    void every_value_stays_in_its_range() {
        for (int i = 0; i < 1_000; i++) {
            Placement p = Placement.random(new SplittableRandom(i));

            assertThat(p.height()).isBetween(100.0, 380.0);
            assertThat(p.penWidth()).isBetween(8.0, 40.0);
            assertThat(p.penWidth() / p.height()).isBetween(0.04, 0.18);
            assertThat(p.angleDegrees()).isBetween(-8.0, 8.0);
            assertThat(p.stretch()).isBetween(1 / 1.15, 1.15);
            assertThat(p.across()).isBetween(0.0, 1.0);
            assertThat(p.down()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void small_digits_with_the_page_pen_are_the_boldest_drawings() {
        for (int i = 0; i < 1_000; i++) {
            Placement p = Placement.smallWithPagePen(new SplittableRandom(i));

            assertThat(p.height()).isBetween(100.0, 150.0);
            assertThat(p.penWidth()).isEqualTo(28.0);
            assertThat(p.penWidth() / p.height()).isBetween(0.18, 0.28);
        }
    }

    @Test
    void hairlines_are_thinner_than_any_varied_pen() {
        for (int i = 0; i < 1_000; i++) {
            Placement p = Placement.hairline(new SplittableRandom(i));

            assertThat(p.height()).isBetween(100.0, 380.0);
            assertThat(p.penWidth()).isGreaterThanOrEqualTo(2.0);
            assertThat(p.penWidth() / p.height()).isBetween(0.01, 0.03);
        }
    }

    @Test
    void a_narrow_hand_is_narrower_than_any_varied_drawing() {
        for (int i = 0; i < 1_000; i++) {
            Placement p = Placement.narrow(new SplittableRandom(i));

            assertThat(p.height()).isBetween(100.0, 380.0);
            assertThat(p.penWidth() / p.height()).isBetween(0.04, 0.18);
            assertThat(p.stretch()).isBetween(0.55, 0.7).isLessThan(1 / 1.15);
        }
    }
}
