package io.digitpad.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PenDigitsTest {
    private static final PenDigits ALL = PenDigits.bundled();

    @Test
    void the_writers_split_into_training_calibration_and_validation_with_none_shared() {
        Set<Integer> training = writers(ALL.trainingWriters());
        Set<Integer> calibration = writers(ALL.calibrationWriters());
        Set<Integer> validation = writers(ALL.validationWriters());

        assertThat(validation).isEqualTo(PenDigits.VALIDATION_WRITERS).hasSize(6);
        assertThat(calibration).isEqualTo(PenDigits.CALIBRATION_WRITERS);
        assertThat(training).hasSize(22).doesNotContainAnyElementsOf(validation);
        assertThat(training).doesNotContainAnyElementsOf(calibration);
        assertThat(
                        ALL.trainingWriters().size()
                                + ALL.calibrationWriters().size()
                                + ALL.validationWriters().size())
                .isEqualTo(ALL.size());
    }

    @Test
    void the_validation_writers_wrote_every_digit_many_times() {
        int[] perDigit = new int[10];
        ALL.validationWriters().digits().forEach(d -> perDigit[d.digit()]++);

        assertThat(IntStream.of(perDigit).min().getAsInt()).isGreaterThanOrEqualTo(140);
    }

    private static Set<Integer> writers(PenDigits digits) {
        Set<Integer> writers = new HashSet<>();
        for (int w : digits.writers()) {
            writers.add(w);
        }
        return writers;
    }
}
