package io.digitpad.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.training.Trainer;
import io.digitpad.data.Mnist;
import io.digitpad.data.MnistSet;
import io.digitpad.data.PenDigits;
import io.digitpad.evaluation.Evaluation;
import io.digitpad.evaluation.Evaluator;
import io.digitpad.evaluation.TemperatureScaling;
import io.digitpad.model.DigitNet;
import io.digitpad.model.ModelCard;
import io.digitpad.model.TrainingRecipe;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The model card of a finished run: test accuracy, the confidence temperature fitted on the
 * held-out images and the calibration writers' drawings, the test report and how the run went.
 */
final class TrainingCard {
    /**
     * Each calibration writer's digit is drawn this many times for the temperature fit: with 5,000
     * held-out MNIST images, about 2,000 real writers' drawings.
     */
    private static final int CALIBRATION_DRAWINGS = 4;

    /** The most confident wrong test answers the card keeps to show on the model page. */
    private static final int CARD_MISTAKES = 16;

    /** Keeps the calibration drawings apart from the training drawings of the same seed. */
    private static final long CALIBRATION_SEED_OFFSET = 0xCA11B;

    private TrainingCard() {}

    /**
     * The card of {@code model}, trained by {@code trainer} with {@code recipe} and holding its
     * final weights.
     *
     * @param validation the MNIST images held out from training
     * @param penDigits all pen digits; only the calibration writers' are used
     * @param testLogits the final weights' logits on the test set
     * @param history every epoch of the run, resumed ones included
     */
    static ModelCard of(
            TrainingRecipe recipe,
            Model model,
            Trainer trainer,
            Mnist mnist,
            MnistSet validation,
            PenDigits penDigits,
            float[][] testLogits,
            int imagesPerEpoch,
            double trainingSeconds,
            List<ModelCard.Epoch> history) {
        int[] testLabels = Evaluator.labels(mnist.test());
        Evaluation evaluation = Evaluation.of(testLabels, Evaluator.predictions(testLogits));
        MnistSet calibrationWriters =
                recipe.penDigitDrawings() == 0
                        ? validation.first(0)
                        : SyntheticDrawings.drawPenDigits(
                                penDigits.calibrationWriters(),
                                CALIBRATION_DRAWINGS * penDigits.calibrationWriters().size(),
                                recipe.seed() + CALIBRATION_SEED_OFFSET);
        ModelCard.Calibration calibration =
                calibrate(trainer, validation, calibrationWriters, testLogits, testLabels);
        return new ModelCard(
                DigitNet.ARCHITECTURE,
                parameterCount(model),
                recipe,
                recipe.epochs(),
                evaluation.accuracy(),
                evaluation.perClassAccuracy(),
                trainingSeconds,
                (double) imagesPerEpoch * recipe.epochs() / trainingSeconds,
                calibration,
                Integer.getInteger(
                        "ai.djl.pytorch.num_threads", Runtime.getRuntime().availableProcessors()),
                Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion(),
                checksums(mnist),
                Instant.now().toString(),
                Evaluator.testReport(
                        testLogits, mnist.test(), calibration.temperature(), CARD_MISTAKES),
                List.copyOf(history));
    }

    /**
     * Fits the temperature on the held-out images and the calibration writers' drawings together,
     * and reports calibration on the test set.
     */
    private static ModelCard.Calibration calibrate(
            Trainer trainer,
            MnistSet validation,
            MnistSet writers,
            float[][] testLogits,
            int[] testLabels) {
        double temperature = 1.0;
        if (validation.size() + writers.size() > 0) {
            float[][] logits =
                    concat(
                            Evaluator.logits(trainer::evaluate, trainer.getManager(), validation),
                            Evaluator.logits(trainer::evaluate, trainer.getManager(), writers));
            int[] labels =
                    IntStream.concat(
                                    IntStream.of(Evaluator.labels(validation)),
                                    IntStream.of(Evaluator.labels(writers)))
                            .toArray();
            temperature = TemperatureScaling.fit(logits, labels);
        }
        return new ModelCard.Calibration(
                temperature,
                validation.size(),
                writers.size(),
                TemperatureScaling.expectedCalibrationError(testLogits, testLabels, 1.0),
                TemperatureScaling.expectedCalibrationError(testLogits, testLabels, temperature));
    }

    private static float[][] concat(float[][] a, float[][] b) {
        float[][] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static long parameterCount(Model model) {
        return model.getBlock().getParameters().values().stream()
                .mapToLong(p -> p.getArray().size())
                .sum();
    }

    private static Map<String, String> checksums(Mnist mnist) {
        Map<String, String> sums = new TreeMap<>();
        mnist.checksums().forEach((file, sha) -> sums.put(file.fileName(), sha));
        return sums;
    }
}
