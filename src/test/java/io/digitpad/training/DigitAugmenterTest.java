package io.digitpad.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.training.DigitAugmenter.Balance;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitAugmenterTest {
    /** A 28x28 image with ink on rows 4 to 23: a digit 20 rows tall. */
    private static byte[] digitOnRows4To23() {
        byte[] image = new byte[28 * 28];
        for (int y = 4; y <= 23; y++) {
            image[y * 28 + 14] = (byte) 255;
        }
        return image;
    }

    @Test
    void a_shifted_balance_keeps_the_digits_top_and_bottom_and_moves_its_middle() {
        double highest = 14;
        double lowest = 14;
        for (int seed = 0; seed < 200; seed++) {
            Balance balance =
                    Balance.random(digitOnRows4To23(), 0, 0.5, new SplittableRandom(seed));

            assertThat(balance.source(4)).isEqualTo(4);
            assertThat(balance.source(24)).isEqualTo(24);
            assertThat(balance.source(2)).as("outside the digit nothing moves").isEqualTo(2);
            for (double y = 4; y < 24; y += 0.25) {
                assertThat(balance.source(y + 0.25))
                        .as("rows keep their order")
                        .isGreaterThan(balance.source(y));
            }
            highest = Math.min(highest, balance.source(14));
            lowest = Math.max(lowest, balance.source(14));
        }
        // Up to a quarter of 0.5 of the height (2.5 rows) each way, and the range is used.
        assertThat(highest).isBetween(11.5, 12.0);
        assertThat(lowest).isBetween(16.0, 16.5);
    }

    @Test
    void a_blank_image_is_left_as_it_is() {
        Balance balance = Balance.random(new byte[28 * 28], 0, 0.5, new SplittableRandom(1));

        assertThat(balance.source(14)).isEqualTo(14);
    }
}
