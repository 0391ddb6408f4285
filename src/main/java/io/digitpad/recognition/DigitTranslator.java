package io.digitpad.recognition;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/**
 * Feeds a normalised 28x28 digit to the network and turns its logits into ten probabilities.
 *
 * <p>Deliberately thin: the real preprocessing happens in {@link DigitPreprocessor}, in plain Java.
 * The default batchifier stacks inputs, adding the batch axis.
 */
final class DigitTranslator implements Translator<MnistImage, float[]> {
    private static final Shape IMAGE = new Shape(1, MnistImage.SIDE, MnistImage.SIDE);

    private final float temperature;

    /**
     * @param temperature divides the logits before the softmax (1 = as trained)
     */
    DigitTranslator(float temperature) {
        this.temperature = temperature;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, MnistImage digit) {
        return new NDList(ctx.getNDManager().create(digit.pixels(), IMAGE));
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList output) {
        // Softmax here, not in the network: DJL's cross-entropy loss trains on logits, and the
        // calibrated temperature must divide the logits first.
        return output.singletonOrThrow().div(temperature).softmax(-1).toFloatArray();
    }
}
