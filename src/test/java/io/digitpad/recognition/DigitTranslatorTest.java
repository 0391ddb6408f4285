package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;
import ai.djl.translate.TranslateException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The translator and {@link Recognition#of} on a fake network that answers fixed logits. */
class DigitTranslatorTest {

    @Test
    void highest_logit_is_the_digit() throws TranslateException {
        float[] logits = {0.1f, -2f, 0.5f, 4f, 1f, 0f, 0f, 3.9f, -1f, 2f};

        Recognition r = recognize(fixedLogits(logits), blankDigit());

        assertThat(r.digit()).isEqualTo(3);
        assertThat(r.status()).isEqualTo(Recognition.Status.DIGIT);
    }

    @Test
    void probabilities_are_the_softmax_of_the_logits() throws TranslateException {
        float[] logits = {1f, 2f, 3f, 0f, -1f, 0.5f, 2.5f, 1.5f, -3f, 0f};

        float[] p = recognize(fixedLogits(logits), blankDigit()).probabilities();

        double sum = 0;
        for (float v : logits) {
            sum += Math.exp(v);
        }
        assertThat(p).hasSize(10);
        for (int d = 0; d < 10; d++) {
            assertThat((double) p[d])
                    .as("digit %d", d)
                    .isCloseTo(Math.exp(logits[d]) / sum, within(1e-6));
        }
    }

    @Test
    void huge_logits_still_give_finite_probabilities_summing_to_one() throws TranslateException {
        float[] logits = {1000f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 999f, -1000f};

        Recognition r = recognize(fixedLogits(logits), blankDigit());

        float sum = 0;
        for (float v : r.probabilities()) {
            assertThat(v).isNotNaN();
            sum += v;
        }
        assertThat(sum).isCloseTo(1f, within(1e-6f));
        assertThat(r.digit()).isZero();
        assertThat(r.confidencePercent()).isCloseTo(73.1f, within(0.1f));
    }

    @Test
    void equal_logits_give_ten_percent_each_and_the_lowest_digit() throws TranslateException {
        Recognition r = recognize(fixedLogits(new float[10]), blankDigit());

        assertThat(r.probabilities()).containsOnly(0.1f);
        assertThat(r.digit()).isZero();
        assertThat(r.confidencePercent()).isCloseTo(10f, within(1e-4f));
    }

    @Test
    void network_sees_the_pixels_row_by_row_in_one_28x28_channel() throws TranslateException {
        // The fake network answers the first ten pixels of the first row as its logits, and
        // checks the input's shape on the way.
        float[] pixels = new float[MnistImage.SIDE * MnistImage.SIDE];
        pixels[6] = 1f;
        pixels[MnistImage.SIDE + 2] = 5f; // second row: must not reach the logits
        LambdaBlock firstRow =
                LambdaBlock.singleton(
                        x -> {
                            assertThat(x.getShape()).isEqualTo(new Shape(1, 1, 28, 28));
                            return x.reshape(1, 784).get(":, 0:10");
                        });

        Recognition r = recognize(firstRow, new MnistImage(pixels));

        assertThat(r.digit()).isEqualTo(6);
    }

    @Test
    void temperature_divides_the_logits_before_the_softmax() throws TranslateException {
        float[] logits = {4f, 2f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f};

        float[] calibrated = probabilities(fixedLogits(logits), blankDigit(), 2f);
        float[] halved = probabilities(fixedLogits(divide(logits, 2f)), blankDigit(), 1f);

        for (int d = 0; d < 10; d++) {
            assertThat(calibrated[d]).isCloseTo(halved[d], within(1e-6f));
        }
        assertThat(calibrated[0])
                .isLessThan(probabilities(fixedLogits(logits), blankDigit(), 1f)[0]);
    }

    @Test
    void best_guess_below_the_threshold_is_not_sure_but_still_given() {
        float[] probabilities = {
            0.05f, 0.05f, 0.05f, 0.05f, 0.4f, 0.05f, 0.05f, 0.05f, 0.05f, 0.2f
        };

        Recognition unsure = Recognition.of(probabilities, blankDigit(), 0.5f);
        Recognition sure = Recognition.of(probabilities, blankDigit(), 0.3f);

        assertThat(unsure.status()).isEqualTo(Recognition.Status.NOT_SURE);
        assertThat(unsure.digit()).isEqualTo(4);
        assertThat(unsure.hasDigit()).isTrue();
        assertThat(unsure.confidencePercent()).isCloseTo(40f, within(1e-4f));
        assertThat(sure.status()).isEqualTo(Recognition.Status.DIGIT);
    }

    @Test
    void recognition_keeps_the_input_the_network_saw() throws TranslateException {
        MnistImage digit = blankDigit();

        Recognition r = recognize(fixedLogits(new float[10]), digit);

        assertThat(r.input()).isSameAs(digit);
    }

    private static LambdaBlock fixedLogits(float[] logits) {
        return new LambdaBlock(
                (Function<NDList, NDList>)
                        input -> {
                            NDArray x = input.singletonOrThrow();
                            return new NDList(
                                    x.getManager()
                                            .create(logits, new Shape(x.getShape().get(0), 10)));
                        });
    }

    private static float[] divide(float[] values, float by) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / by;
        }
        return out;
    }

    private static MnistImage blankDigit() {
        return new MnistImage(new float[MnistImage.SIDE * MnistImage.SIDE]);
    }

    private static Recognition recognize(LambdaBlock network, MnistImage digit)
            throws TranslateException {
        return Recognition.of(probabilities(network, digit, 1f), digit, 0f);
    }

    private static float[] probabilities(LambdaBlock network, MnistImage digit, float temperature)
            throws TranslateException {
        try (Model model = Model.newInstance("fake")) {
            model.setBlock(network);
            try (Predictor<List<MnistImage>, List<float[]>> predictor =
                    model.newPredictor(new DigitTranslator(temperature))) {
                return predictor.predict(List.of(digit)).get(0);
            }
        }
    }
}
