package io.digitpad.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import io.digitpad.data.PenDigits;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingBatchesTest {
    private static final MnistSet DIGITS = TestData.mnist().train().first(64);
    private static final PenDigits WRITERS =
            new PenDigits(PenDigits.bundled().trainingWriters().digits().subList(0, 30));

    @Test
    void without_smoothing_each_digit_is_taught_as_certain() {
        TrainingBatches.Batch batch = firstBatch(0f);

        for (int i = 0; i < batch.size(); i++) {
            for (int digit = 0; digit < 10; digit++) {
                assertThat(target(batch, i, digit)).isEqualTo(digit == batch.digits()[i] ? 1f : 0f);
            }
        }
    }

    @Test
    void smoothing_spreads_its_share_over_all_ten_digits() {
        TrainingBatches.Batch batch = firstBatch(0.1f);

        for (int i = 0; i < batch.size(); i++) {
            float sum = 0;
            for (int digit = 0; digit < 10; digit++) {
                float expected = digit == batch.digits()[i] ? 0.91f : 0.01f;
                assertThat(target(batch, i, digit)).isCloseTo(expected, within(1e-6f));
                sum += target(batch, i, digit);
            }
            assertThat(sum).isCloseTo(1f, within(1e-6f));
        }
    }

    @Test
    void an_epoch_teaches_every_image_once_under_its_own_label() {
        int[] expected = new int[10];
        for (int i = 0; i < DIGITS.size(); i++) {
            expected[DIGITS.label(i)]++;
        }
        int[] taught = new int[10];
        try (TrainingBatches batches =
                new TrainingBatches(DIGITS, SyntheticDrawings.none(DIGITS), 16, 0.1f, null, 7, 2)) {
            batches.startEpoch(1);
            for (TrainingBatches.Batch batch = batches.next();
                    batch != null;
                    batch = batches.next()) {
                for (int i = 0; i < batch.size(); i++) {
                    taught[batch.digits()[i]]++;
                }
            }
        }
        assertThat(taught).containsExactly(expected);
    }

    @Test
    void real_writers_pen_digits_join_every_epoch_under_their_own_labels() {
        SyntheticDrawings synthetic =
                SyntheticDrawings.generate(DIGITS, 0, false, 0, List.of(), 0, 0, WRITERS, 45, 7);
        int[] expected = new int[10];
        for (int i = 0; i < DIGITS.size(); i++) {
            expected[DIGITS.label(i)]++;
        }
        for (int k = 0; k < 45; k++) {
            expected[WRITERS.get(k % WRITERS.size()).digit()]++;
        }
        int[] taught = new int[10];
        try (TrainingBatches batches =
                new TrainingBatches(DIGITS, synthetic, 16, 0f, new DigitAugmenter(7), 7, 2)) {
            batches.startEpoch(3);
            for (TrainingBatches.Batch batch = batches.next();
                    batch != null;
                    batch = batches.next()) {
                for (int i = 0; i < batch.size(); i++) {
                    taught[batch.digits()[i]]++;
                    assertThat(target(batch, i, batch.digits()[i])).isEqualTo(1f);
                }
            }
        }
        assertThat(taught).containsExactly(expected);
    }

    @Test
    void touching_pairs_are_taught_as_no_digit_at_all() {
        SyntheticDrawings synthetic =
                SyntheticDrawings.generate(DIGITS, 0, false, 0, List.of(), 0, 20, WRITERS, 0, 7);
        int digits = 0;
        int pairs = 0;
        try (TrainingBatches batches =
                new TrainingBatches(DIGITS, synthetic, 16, 0.1f, null, 7, 2)) {
            batches.startEpoch(1);
            for (TrainingBatches.Batch batch = batches.next();
                    batch != null;
                    batch = batches.next()) {
                for (int i = 0; i < batch.size(); i++) {
                    if (batch.digits()[i] >= 0) {
                        digits++;
                        continue;
                    }
                    pairs++;
                    for (int digit = 0; digit < 10; digit++) {
                        assertThat(target(batch, i, digit)).isEqualTo(0.1f);
                    }
                    assertThat(ink(batch, i)).isGreaterThan(20f);
                }
            }
        }
        assertThat(digits).isEqualTo(DIGITS.size());
        assertThat(pairs).isEqualTo(20);
    }

    private static float ink(TrainingBatches.Batch batch, int image) {
        float sum = 0;
        for (int p = 0; p < MnistSet.PIXELS; p++) {
            sum += batch.images()[image * MnistSet.PIXELS + p];
        }
        return sum;
    }

    private static TrainingBatches.Batch firstBatch(float smoothing) {
        try (TrainingBatches batches =
                new TrainingBatches(
                        DIGITS, SyntheticDrawings.none(DIGITS), 16, smoothing, null, 7, 1)) {
            batches.startEpoch(1);
            return batches.next();
        }
    }

    private static float target(TrainingBatches.Batch batch, int image, int digit) {
        return batch.targets()[image * 10 + digit];
    }
}
