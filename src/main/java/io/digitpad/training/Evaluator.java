package io.digitpad.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import io.digitpad.data.MnistSet;
import io.digitpad.model.DigitNet;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/** Runs a network over a labelled set in inference mode (no dropout) and tallies the answers. */
public final class Evaluator {
    private static final int BATCH = 1000;

    private Evaluator() {}

    /** Evaluates a trained model on {@code set}. */
    public static Evaluation evaluate(Model model, MnistSet set) {
        return Evaluation.of(labels(set), predictions(logits(model, set)));
    }

    /** The network's logits for every image of {@code set}. */
    public static float[][] logits(Model model, MnistSet set) {
        ParameterStore parameters = new ParameterStore(model.getNDManager(), false);
        return logits(
                input -> model.getBlock().forward(parameters, input, false),
                model.getNDManager(),
                set);
    }

    /**
     * The logits {@code forward} gives for every image of {@code set}.
     *
     * @param manager parent of the per-batch managers that free each batch's arrays
     */
    static float[][] logits(UnaryOperator<NDList> forward, NDManager manager, MnistSet set) {
        float[][] logits = new float[set.size()][];
        float[] images = new float[BATCH * MnistSet.PIXELS];
        for (int from = 0; from < set.size(); from += BATCH) {
            int n = Math.min(BATCH, set.size() - from);
            for (int i = 0; i < n; i++) {
                set.copyScaled(from + i, images, i * MnistSet.PIXELS);
            }
            try (NDManager batch = manager.newSubManager()) {
                float[] input = n == BATCH ? images : Arrays.copyOf(images, n * MnistSet.PIXELS);
                NDArray x = batch.create(input, DigitNet.inputShape(n));
                float[] flat = forward.apply(new NDList(x)).singletonOrThrow().toFloatArray();
                for (int i = 0; i < n; i++) {
                    logits[from + i] =
                            Arrays.copyOfRange(
                                    flat, i * DigitNet.CLASSES, (i + 1) * DigitNet.CLASSES);
                }
            }
        }
        return logits;
    }

    static int[] predictions(float[][] logits) {
        int[] predictions = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            int best = 0;
            for (int k = 1; k < logits[i].length; k++) {
                if (logits[i][k] > logits[i][best]) {
                    best = k;
                }
            }
            predictions[i] = best;
        }
        return predictions;
    }

    static int[] labels(MnistSet set) {
        int[] labels = new int[set.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = set.label(i);
        }
        return labels;
    }
}
