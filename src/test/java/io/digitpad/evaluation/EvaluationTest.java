package io.digitpad.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {
    // Five 0s (four right, one taken for a 6), two 1s (both right), three 7s (one right, two
    // taken for 1s); no other digit appears.
    private static final int[] LABELS = {0, 0, 0, 0, 0, 1, 1, 7, 7, 7};
    private static final int[] PREDICTIONS = {0, 0, 0, 6, 0, 1, 1, 1, 7, 1};

    private final Evaluation evaluation = Evaluation.of(LABELS, PREDICTIONS);

    @Test
    void confusion_matrix_counts_true_digit_rows_against_predicted_columns() {
        int[][] confusion = evaluation.confusion();

        assertThat(confusion).hasDimensions(10, 10);
        assertThat(confusion[0]).containsExactly(4, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        assertThat(confusion[1]).containsExactly(0, 2, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(confusion[7]).containsExactly(0, 2, 0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(confusion[3]).containsOnly(0);
    }

    @Test
    void accuracy_is_the_fraction_of_all_images_classified_right() {
        assertThat(evaluation.total()).isEqualTo(10);
        assertThat(evaluation.accuracy()).isCloseTo(7 / 10.0, within(1e-12));
    }

    @Test
    void per_class_accuracy_is_the_fraction_of_each_digits_images_classified_right() {
        double[] perClass = evaluation.perClassAccuracy();

        assertThat(perClass).hasSize(10);
        assertThat(perClass[0]).isCloseTo(4 / 5.0, within(1e-12));
        assertThat(perClass[1]).isEqualTo(1.0);
        assertThat(perClass[7]).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void digit_with_no_images_gets_zero_rather_than_nan() {
        assertThat(evaluation.perClassAccuracy()[5]).isZero();
    }

    @Test
    void all_right_is_accuracy_one() {
        int[] digits = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

        Evaluation perfect = Evaluation.of(digits, digits);

        assertThat(perfect.accuracy()).isEqualTo(1.0);
        assertThat(perfect.perClassAccuracy()).containsOnly(1.0);
    }

    @Test
    void nothing_evaluated_is_accuracy_zero() {
        Evaluation empty = Evaluation.of(new int[0], new int[0]);

        assertThat(empty.total()).isZero();
        assertThat(empty.accuracy()).isZero();
    }

    @Test
    void lines_give_per_digit_accuracy_then_the_confusion_matrix_in_aligned_columns() {
        assertThat(evaluation.lines())
                .hasSize(24)
                .startsWith("Accuracy per digit:", "  0   80.00%", "  1  100.00%")
                .contains(
                        "",
                        "Confusion matrix (rows: true digit, columns: predicted):",
                        "           0     1     2     3     4     5     6     7     8     9",
                        "  7        0     2     0     0     0     0     0     1     0     0");
    }
}
