package io.digitpad.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.TestData;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.ImageDecoder;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark with the shipped model, through the web server's path. */
class DrawnBenchmarkTest {
    private static DrawnReport report;

    @BeforeAll
    static void run() {
        try (DigitRecognizer recognizer =
                new DigitRecognizer(TestData.shippedModel(), 2, new ImageDecoder())) {
            report = new DrawnBenchmark(recognizer, 2).run(TestData.mnist().test(), 200, 50, 1);
        }
    }

    @AfterAll
    static void forget() {
        report = null;
    }

    @Test
    void every_drawing_is_recognized_once() {
        assertThat(report.total()).isEqualTo(200);
        assertThat(Arrays.stream(report.countPerDigit()).min().orElseThrow())
                .isGreaterThanOrEqualTo(10);
        assertThat(report.digitConfidences().size()).isEqualTo(200);
        assertThat(report.nonDigits()).isEqualTo(50);
        assertThat(report.nonDigitConfidences().size()).isEqualTo(50);
        assertThat(report.imagesPerSecond()).isPositive();
    }

    @Test
    void the_shipped_model_reads_drawn_digits() {
        // Measured: 99.0% on these 200 and 98.9% on 2,000 (seed 1); the margin allows a retrained
        // model to be a little worse.
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void flourished_ones_and_sevens_small_bold_narrow_digits_and_hairlines_are_measured_apart() {
        assertThat(report.variantAccuracy())
                .containsOnlyKeys(
                        "1 with flag",
                        "1 with flag and foot",
                        "crossed 7",
                        "small with the page's pen",
                        "hairline pen",
                        "narrow hand",
                        "with a stray tap")
                // About 23 drawings each for the 1s and 7s: 0.8 allows four misses (the shipped
                // model misses four flagged 1s here). On thousands it reads 95-99% of every variant
                // but the narrow hand (97%).
                .allSatisfy((variant, accuracy) -> assertThat(accuracy).isBetween(0.8, 1.0));
        assertThat(report.total()).as("the headline counts each digit once").isEqualTo(200);
    }

    @Test
    void drawn_digits_are_answered_more_confidently_than_non_digits() {
        assertThat(report.digitConfidences().percentile(0.25))
                .isGreaterThan(report.nonDigitConfidences().percentile(0.25));
        assertThat(report.answeredFraction()).isGreaterThan(report.nonDigitAnsweredFraction());
    }
}
