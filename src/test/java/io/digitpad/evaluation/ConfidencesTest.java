package io.digitpad.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidencesTest {
    private final Confidences confidences =
            new Confidences(new float[] {0.9f, 0.1f, 0.5f, 1.0f, 0.7f});

    @Test
    void percentiles_are_nearest_rank() {
        assertThat(confidences.percentile(0.0)).isEqualTo(0.1f);
        assertThat(confidences.percentile(0.2)).isEqualTo(0.1f);
        assertThat(confidences.percentile(0.5)).isEqualTo(0.7f);
        assertThat(confidences.percentile(1.0)).isEqualTo(1.0f);
    }

    @Test
    void fraction_below_is_what_a_not_sure_cut_would_catch() {
        assertThat(confidences.fractionBelow(0.7f)).isEqualTo(0.4);
        assertThat(confidences.fractionBelow(0.05f)).isZero();
        assertThat(confidences.fractionBelow(1.01f)).isEqualTo(1.0);
    }

    @Test
    void no_images_give_nan() {
        Confidences none = new Confidences(new float[0]);

        assertThat(none.percentile(0.5)).isNaN();
        assertThat(none.fractionBelow(0.5f)).isNaN();
    }
}
