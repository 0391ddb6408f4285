package io.digitpad.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DrawnReportTest {
    private final DrawnReport report =
            new DrawnReport(
                    new int[] {10, 10, 0, 0, 0, 0, 0, 0, 0, 20},
                    new int[] {9, 10, 0, 0, 0, 0, 0, 0, 0, 15},
                    36,
                    33,
                    new Confidences(new float[] {0.5f, 1f}),
                    java.util.Map.of("CROSSBAR", 0.5),
                    8,
                    6,
                    new Confidences(new float[] {0.4f, 0.9f}),
                    java.util.Map.of("STAR", 0.5, "HASH", 1.0),
                    123.4);

    @Test
    void accuracy_counts_best_guesses_over_all_drawn_digits() {
        assertThat(report.total()).isEqualTo(40);
        assertThat(report.correct()).isEqualTo(34);
        assertThat(report.accuracy()).isEqualTo(0.85);
    }

    @Test
    void per_digit_accuracy_is_nan_for_a_digit_never_drawn() {
        double[] perDigit = report.perDigitAccuracy();

        assertThat(perDigit[0]).isEqualTo(0.9);
        assertThat(perDigit[1]).isEqualTo(1.0);
        assertThat(perDigit[2]).isNaN();
        assertThat(perDigit[9]).isEqualTo(0.75);
    }

    @Test
    void answered_fractions_count_confident_answers_only() {
        assertThat(report.answeredFraction()).isEqualTo(0.9);
        assertThat(report.answeredAccuracy()).isCloseTo(33.0 / 36, within(1e-12));
        assertThat(report.nonDigitAnsweredFraction()).isEqualTo(0.75);
    }

    @Test
    void lines_give_the_headline_figures() {
        assertThat(report.lines())
                .anyMatch(line -> line.contains("40") && line.contains("85.00%"))
                .anyMatch(line -> line.contains("9 75.0%"))
                .anyMatch(line -> line.contains("non-digits: 8") && line.contains("75.00%"))
                .anyMatch(line -> line.contains("123.4 images/s"));
    }
}
