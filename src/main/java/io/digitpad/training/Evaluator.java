package io.digitpad.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import io.digitpad.data.MnistSet;
import io.digitpad.model.DigitNet;
import java.util.function.UnaryOperator;

/** Runs a network over a labelled set in inference mode (no dropout) and tallies the answers. */
public final class Evaluator {
    private static final int BATCH = 1000;

    private Evaluator() {}

    /** Evaluates a trained model on {@code set}. */
    public static Evaluation evaluate(Model model, MnistSet set) {
        ParameterStore parameters = new ParameterStore(model.getNDManager(), false);
        return evaluate(
                input -> model.getBlock().forward(parameters, input, false),
                model.getNDManager(),
                set);
    }

    /**
     * Evaluates with {@code forward}, which maps a batch of images to logits.
     *
     * @param manager parent of the per-batch managers that free each batch's arrays
     */
    static Evaluation evaluate(UnaryOperator<NDList> forward, NDManager manager, MnistSet set) {
        int[] predictions = new int[set.size()];
        int[] labels = new int[set.size()];
        float[] images = new float[BATCH * MnistSet.PIXELS];
        byte[] source = set.images();
        for (int from = 0; from < set.size(); from += BATCH) {
            int n = Math.min(BATCH, set.size() - from);
            for (int p = 0; p < n * MnistSet.PIXELS; p++) {
                images[p] = (source[from * MnistSet.PIXELS + p] & 0xFF) / 255f;
            }
            try (NDManager batch = manager.newSubManager()) {
                NDArray x =
                        batch.create(
                                n == BATCH
                                        ? images
                                        : java.util.Arrays.copyOf(images, n * MnistSet.PIXELS),
                                DigitNet.inputShape(n));
                long[] best =
                        forward.apply(new NDList(x)).singletonOrThrow().argMax(1).toLongArray();
                for (int i = 0; i < n; i++) {
                    predictions[from + i] = (int) best[i];
                    labels[from + i] = set.label(from + i);
                }
            }
        }
        return Evaluation.of(labels, predictions);
    }
}
