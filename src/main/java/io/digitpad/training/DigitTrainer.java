package io.digitpad.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import ai.djl.training.tracker.CosineTracker;
import ai.djl.training.tracker.Tracker;
import io.digitpad.DigitpadException;
import io.digitpad.data.Mnist;
import io.digitpad.data.MnistSet;
import io.digitpad.data.PenDigits;
import io.digitpad.data.StrokeFont;
import io.digitpad.evaluation.Evaluation;
import io.digitpad.evaluation.Evaluator;
import io.digitpad.evaluation.HeldOut;
import io.digitpad.evaluation.TemperatureScaling;
import io.digitpad.model.DigitModel;
import io.digitpad.model.DigitNet;
import io.digitpad.model.ModelCard;
import io.digitpad.model.TrainingRecipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Trains a {@link DigitNet} on MNIST with a {@link TrainingRecipe}, evaluating on the test set
 * after every epoch, then calibrates its confidence on the held-out images.
 *
 * <p>The loop is written out (forward, loss, backward, Adam step) instead of DJL's {@code
 * EasyTrain} so that batches come straight from {@link TrainingBatches}, which prepares (and
 * augments) them on other threads while the network works.
 */
public final class DigitTrainer {
    /**
     * Each calibration writer's digit is drawn this many times for the temperature fit: with 5,000
     * held-out MNIST images, about 2,000 real writers' drawings.
     */
    private static final int CALIBRATION_DRAWINGS = 4;

    /** The most confident wrong test answers the card keeps to show on the model page. */
    private static final int CARD_MISTAKES = 16;

    /** Keeps the calibration drawings apart from the training drawings of the same seed. */
    private static final long CALIBRATION_SEED_OFFSET = 0xCA11B;

    private final TrainingRecipe recipe;
    private final TrainingProgress progress;
    private final Path checkpointFile;
    private final boolean resume;

    /**
     * @param checkpointFile where the state after each epoch is kept, or null for none
     * @param resume continue from {@code checkpointFile} if it exists
     */
    public DigitTrainer(
            TrainingRecipe recipe, TrainingProgress progress, Path checkpointFile, boolean resume) {
        this.recipe = recipe;
        this.progress = progress;
        this.checkpointFile = checkpointFile;
        this.resume = resume;
    }

    /** A trainer that keeps no checkpoint. */
    public DigitTrainer(TrainingRecipe recipe, TrainingProgress progress) {
        this(recipe, progress, null, false);
    }

    /**
     * Trains a new model with a recipe that draws no typeface digits and no pen digits; the caller
     * closes it.
     */
    public TrainingResult train(Mnist mnist) {
        return train(mnist, List.of(), new PenDigits(List.of()));
    }

    /**
     * Trains a new model; the caller closes the result. The recipe's typeface digits are drawn from
     * the Hershey ones among {@code typefaces}: the EMS typefaces are the typeface benchmark's, and
     * training never sees them. Its pen-digit drawings are of the training writers of {@code
     * penDigits}; the calibration writers' digits join the held-out images in fitting the
     * confidence, and the validation writers' are never used.
     */
    public TrainingResult train(Mnist mnist, List<StrokeFont> typefaces, PenDigits penDigits) {
        List<StrokeFont> trainable =
                typefaces.stream().filter(f -> !HeldOut.isTypeface(f)).toList();
        MnistSet all = mnist.train();
        int trainEnd = all.size() - recipe.validationImages();
        if (trainEnd <= 0) {
            throw new IllegalArgumentException(
                    "holding out " + recipe.validationImages() + " images leaves none to train on");
        }
        MnistSet validation = all.range(trainEnd, all.size());
        int[] testLabels = Evaluator.labels(mnist.test());
        MnistSet train = all.range(0, trainEnd);
        if (recipe.trainImages() > 0) {
            train = train.first(recipe.trainImages());
        }
        Model model = Model.newInstance("digitpad");
        try {
            return train(model, mnist, train, validation, testLabels, trainable, penDigits);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private TrainingResult train(
            Model model,
            Mnist mnist,
            MnistSet train,
            MnistSet validation,
            int[] testLabels,
            List<StrokeFont> typefaces,
            PenDigits penDigits) {
        model.setBlock(DigitNet.build());
        // Non-digits are extra images in every epoch: they count towards the steps that the
        // schedule spans and that a resumed run has already taken.
        int imagesPerEpoch = train.size() + recipe.nonDigits() + recipe.penDigitDrawings();
        int stepsPerEpoch = (imagesPerEpoch + recipe.batchSize() - 1) / recipe.batchSize();
        int totalSteps = stepsPerEpoch * recipe.epochs();
        NDManager optimizerState = model.getNDManager().newSubManager();
        ResumableAdam[] adam = new ResumableAdam[1];
        TrainingCheckpoint state;
        if (resume && checkpointFile != null && Files.exists(checkpointFile)) {
            state =
                    TrainingCheckpoint.load(
                            checkpointFile,
                            model.getBlock(),
                            model.getNDManager(),
                            (restored, in) -> {
                                requireSameRecipe(restored.recipe());
                                adam[0] =
                                        adam(
                                                totalSteps,
                                                restored.epochsDone() * stepsPerEpoch,
                                                optimizerState);
                                adam[0].loadState(in, model.getBlock());
                            });
            progress.resumed(state.epochsDone(), recipe.epochs());
        } else {
            Engine.getInstance().setRandomSeed((int) recipe.seed());
            adam[0] = adam(totalSteps, 0, optimizerState);
            state = new TrainingCheckpoint(recipe, List.of(), 0);
        }
        List<ModelCard.Epoch> history = new ArrayList<>(state.history());
        DigitAugmenter augmenter = recipe.augment() ? new DigitAugmenter(recipe.seed()) : null;
        // Drawn after the checkpoint is read, so a checkpoint that cannot be resumed fails at once.
        SyntheticDrawings synthetic =
                recipe.redrawnDigits() + recipe.nonDigits() + recipe.penDigitDrawings() == 0
                        ? SyntheticDrawings.none(train)
                        : SyntheticDrawings.generate(
                                train,
                                recipe.redrawnDigits(),
                                recipe.flourishes(),
                                recipe.typefaceDigits(),
                                typefaces,
                                recipe.nonDigits(),
                                penDigits.trainingWriters(),
                                recipe.penDigitDrawings(),
                                recipe.seed());
        try (optimizerState;
                Trainer trainer = model.newTrainer(config(adam[0]));
                TrainingBatches batches =
                        new TrainingBatches(
                                train,
                                synthetic,
                                recipe.batchSize(),
                                recipe.labelSmoothing(),
                                augmenter,
                                recipe.seed(),
                                batchThreads())) {
            trainer.initialize(DigitNet.inputShape(recipe.batchSize()));
            double trainingSeconds = state.trainingSeconds();
            float[][] testLogits = null;
            for (int epoch = state.epochsDone() + 1; epoch <= recipe.epochs(); epoch++) {
                // Dropout draws from the engine's generator: reseeding per epoch makes a resumed
                // run draw exactly what the uninterrupted one drew.
                Engine.getInstance().setRandomSeed((int) (recipe.seed() * 1_000 + epoch));
                EpochStats stats = trainEpoch(trainer, batches, imagesPerEpoch, epoch);
                // The test accuracy is the averaged weights' (what is saved); training goes on
                // from the last step's.
                adam[0].swapAverages(model.getBlock());
                testLogits =
                        Evaluator.logits(trainer::evaluate, trainer.getManager(), mnist.test());
                adam[0].swapAverages(model.getBlock());
                ModelCard.Epoch result =
                        new ModelCard.Epoch(
                                epoch,
                                stats.meanLoss(),
                                stats.accuracy(),
                                Evaluation.of(testLabels, Evaluator.predictions(testLogits))
                                        .accuracy(),
                                stats.seconds());
                trainingSeconds += stats.seconds();
                history.add(result);
                if (checkpointFile != null) {
                    new TrainingCheckpoint(recipe, List.copyOf(history), trainingSeconds)
                            .save(checkpointFile, model.getBlock(), adam[0]);
                }
                progress.epochDone(result, recipe.epochs());
            }
            adam[0].swapAverages(model.getBlock());
            if (testLogits == null) {
                // Resumed from a checkpoint of the last epoch: nothing was trained in this run.
                testLogits =
                        Evaluator.logits(trainer::evaluate, trainer.getManager(), mnist.test());
            }
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
            ModelCard card =
                    new ModelCard(
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
                                    "ai.djl.pytorch.num_threads",
                                    Runtime.getRuntime().availableProcessors()),
                            Engine.getInstance().getEngineName()
                                    + " "
                                    + Engine.getInstance().getVersion(),
                            checksums(mnist),
                            Instant.now().toString(),
                            Evaluator.testReport(
                                    testLogits,
                                    mnist.test(),
                                    calibration.temperature(),
                                    CARD_MISTAKES),
                            List.copyOf(history));
            model.setProperty("Epoch", Integer.toString(recipe.epochs()));
            return new TrainingResult(new DigitModel(model, card), List.copyOf(history));
        }
    }

    private ResumableAdam adam(int totalSteps, int stepsDone, NDManager stateManager) {
        Tracker learningRate =
                switch (recipe.schedule()) {
                    case CONSTANT -> Tracker.fixed(recipe.learningRate());
                    case COSINE ->
                            CosineTracker.builder()
                                    .setBaseValue(recipe.learningRate())
                                    .optFinalValue(recipe.learningRate() / 100)
                                    .setMaxUpdates(totalSteps)
                                    .build();
                };
        return ResumableAdam.builder()
                .learningRate(learningRate)
                .betas(recipe.beta1(), recipe.beta2())
                .epsilon(recipe.epsilon())
                .averageDecay(recipe.weightAverageDecay())
                .stateManager(stateManager)
                .stepsDone(stepsDone)
                .build();
    }

    private static DefaultTrainingConfig config(ResumableAdam adam) {
        // Targets are probability vectors (not class indices), so that non-digits can aim at
        // "every digit equally"; for a digit the one-hot target gives the paper's categorical
        // cross-entropy.
        Loss crossEntropy =
                new SoftmaxCrossEntropyLoss("SoftmaxCrossEntropyLoss", 1, -1, false, true);
        return new DefaultTrainingConfig(crossEntropy)
                .optOptimizer(adam)
                .optInitializer(DigitNet.kerasWeightInitializer(), Parameter.Type.WEIGHT);
    }

    private void requireSameRecipe(TrainingRecipe saved) {
        if (!saved.equals(recipe)) {
            throw new DigitpadException(
                    "the checkpoint "
                            + checkpointFile
                            + " belongs to a run with other settings ("
                            + saved
                            + "); resume with the same options, or train without --resume to"
                            + " start over");
        }
    }

    /** Augmenting needs its own core; plain batches are cheap enough for one helper thread. */
    private int batchThreads() {
        return recipe.augment() ? Math.max(1, Runtime.getRuntime().availableProcessors() - 1) : 1;
    }

    private EpochStats trainEpoch(Trainer trainer, TrainingBatches batches, int total, int epoch) {
        batches.startEpoch(epoch);
        double lossSum = 0;
        long correct = 0;
        int done = 0;
        long start = System.nanoTime();
        int digitsSeen = 0;
        for (TrainingBatches.Batch batch = batches.next(); batch != null; batch = batches.next()) {
            try (NDManager arrays = trainer.getManager().newSubManager()) {
                NDArray x = arrays.create(batch.images(), DigitNet.inputShape(batch.size()));
                NDArray y =
                        arrays.create(batch.targets(), new Shape(batch.size(), DigitNet.CLASSES));
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                    NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
                    collector.backward(loss);
                    lossSum += loss.getFloat() * batch.size();
                    long[] predicted = logits.argMax(1).toLongArray();
                    for (int i = 0; i < batch.size(); i++) {
                        if (batch.digits()[i] >= 0) {
                            digitsSeen++;
                            correct += predicted[i] == batch.digits()[i] ? 1 : 0;
                        }
                    }
                }
            }
            trainer.step();
            done += batch.size();
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.batchDone(epoch, done, total, lossSum / done, done / seconds);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new EpochStats(lossSum / total, (double) correct / digitsSeen, seconds);
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

    private record EpochStats(double meanLoss, double accuracy, double seconds) {}
}
