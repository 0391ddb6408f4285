package io.digitpad.evaluation;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import io.digitpad.data.MnistSet;
import io.digitpad.model.DigitNet;
import io.digitpad.model.ModelCard;
import io.digitpad.recognition.DigitPreprocessor;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.MnistImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** Runs a network over a labelled set in inference mode (no dropout) and tallies the answers. */
public final class Evaluator {
    private static final int BATCH = 1000;

    private Evaluator() {}

    /** Evaluates a trained model on {@code set}. */
    public static Evaluation evaluate(Model model, MnistSet set) {
        return Evaluation.of(labels(set), predictions(logits(model, set)));
    }

    /**
     * Evaluates {@code recognizer} on {@code set} the way the product reads a picture of each
     * digit: framed by the preprocessor first (cropped, stood upright, fitted into 20x20, centred),
     * as an upload of the 28x28 image would be. The raw figure measures the network on MNIST's own
     * framing; this one is what a user sending those digits gets.
     */
    public static Evaluation evaluateFramed(DigitRecognizer recognizer, MnistSet set) {
        int[] answers = new int[set.size()];
        for (int from = 0; from < set.size(); from += BATCH) {
            int n = Math.min(BATCH, set.size() - from);
            List<MnistImage> framed = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = from + i;
                float[] pixels = new float[MnistSet.PIXELS];
                set.copyScaled(index, pixels, 0);
                framed.add(
                        DigitPreprocessor.normalize(pixels, MnistSet.SIDE, MnistSet.SIDE)
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        "test image " + index + " holds no ink")));
            }
            int[] batch = predictions(recognizer.predictAll(framed).toArray(float[][]::new));
            System.arraycopy(batch, 0, answers, from, n);
        }
        return Evaluation.of(labels(set), answers);
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
    public static float[][] logits(UnaryOperator<NDList> forward, NDManager manager, MnistSet set) {
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

    /**
     * What the model page shows of a model's answers on {@code set}: the confusion matrix and the
     * {@code mistakes} wrong answers given with the highest confidence at {@code temperature}.
     */
    public static ModelCard.TestReport testReport(
            float[][] logits, MnistSet set, double temperature, int mistakes) {
        int[] labels = labels(set);
        int[] answers = predictions(logits);
        Comparator<ModelCard.Mistake> mostConfidentFirst =
                Comparator.comparingDouble(ModelCard.Mistake::confidence).reversed();
        List<ModelCard.Mistake> wrong =
                IntStream.range(0, set.size())
                        .filter(i -> answers[i] != labels[i])
                        .mapToObj(i -> mistake(set, i, answers[i], logits[i], temperature))
                        .sorted(mostConfidentFirst.thenComparing(ModelCard.Mistake::testIndex))
                        .limit(mistakes)
                        .toList();
        return new ModelCard.TestReport(Evaluation.of(labels, answers).confusion(), wrong);
    }

    private static ModelCard.Mistake mistake(
            MnistSet set, int index, int answer, float[] logits, double temperature) {
        byte[] pixels =
                Arrays.copyOfRange(
                        set.images(), index * MnistSet.PIXELS, (index + 1) * MnistSet.PIXELS);
        return new ModelCard.Mistake(
                index,
                set.label(index),
                answer,
                TemperatureScaling.softmax(logits, temperature)[answer],
                Base64.getEncoder().encodeToString(pixels));
    }

    public static int[] predictions(float[][] logits) {
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

    public static int[] labels(MnistSet set) {
        int[] labels = new int[set.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = set.label(i);
        }
        return labels;
    }
}
