package io.digitpad.recognition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds normalised 28x28 digits to the network as one batch and turns its logits into ten
 * probabilities per digit.
 *
 * <p>Deliberately thin: the real preprocessing happens in {@link DigitPreprocessor}, in plain Java.
 * The batch is one tensor in and one out, whatever its size: DJL's batchifier would make one tensor
 * per digit on the way in and another few on the way out, and each is a call into libtorch.
 */
final class DigitTranslator implements NoBatchifyTranslator<List<MnistImage>, List<float[]>> {
    private static final int PIXELS = MnistImage.SIDE * MnistImage.SIDE;

    private final float temperature;

    /**
     * @param temperature divides the logits before the softmax (1 = as trained)
     */
    DigitTranslator(float temperature) {
        this.temperature = temperature;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<MnistImage> digits) {
        float[] batch = new float[digits.size() * PIXELS];
        for (int i = 0; i < digits.size(); i++) {
            System.arraycopy(digits.get(i).pixels(), 0, batch, i * PIXELS, PIXELS);
        }
        Shape shape = new Shape(digits.size(), 1, MnistImage.SIDE, MnistImage.SIDE);
        return new NDList(ctx.getNDManager().create(batch, shape));
    }

    @Override
    public List<float[]> processOutput(TranslatorContext ctx, NDList output) {
        // Softmax here, not in the network: DJL's cross-entropy loss trains on logits, and the
        // calibrated temperature must divide the logits first.
        NDArray logits = output.singletonOrThrow();
        int classes = (int) logits.getShape().get(1);
        float[] all = logits.div(temperature).softmax(-1).toFloatArray();
        List<float[]> probabilities = new ArrayList<>(all.length / classes);
        for (int from = 0; from < all.length; from += classes) {
            float[] one = new float[classes];
            System.arraycopy(all, from, one, 0, classes);
            probabilities.add(one);
        }
        return probabilities;
    }
}
