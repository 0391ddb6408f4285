package io.digitpad.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
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
import io.digitpad.model.DigitModel;
import io.digitpad.model.DigitNet;
import io.digitpad.model.ModelCard;
import io.digitpad.model.TrainingRecipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A training run: trains a {@link DigitNet} on MNIST with a {@link TrainingRecipe}, one {@link
 * EpochLoop} per epoch, evaluating on the test set after every epoch and keeping a checkpoint, then
 * writes the {@link TrainingCard}.
 */
public final class DigitTrainer {
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
     * the typefaces among {@code typefaces} that are not {@link HeldOut}. Its pen-digit drawings
     * are of the training writers of {@code penDigits}; the calibration writers' digits join the
     * held-out images in fitting the confidence, and the validation writers' are never used.
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
        MnistSet train = all.range(0, trainEnd);
        if (recipe.trainImages() > 0) {
            train = train.first(recipe.trainImages());
        }
        Model model = Model.newInstance("digitpad");
        try {
            return train(model, mnist, train, validation, trainable, penDigits);
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
            List<StrokeFont> typefaces,
            PenDigits penDigits) {
        model.setBlock(DigitNet.build());
        // The recipe's extra images join every epoch: they count towards the steps that the
        // schedule spans and that a resumed run has already taken.
        int imagesPerEpoch = train.size() + recipe.extraImagesPerEpoch();
        int stepsPerEpoch = (imagesPerEpoch + recipe.batchSize() - 1) / recipe.batchSize();
        NDManager optimizerState = model.getNDManager().newSubManager();
        ResumableAdam[] adam = new ResumableAdam[1];
        TrainingCheckpoint state = start(model, stepsPerEpoch, optimizerState, adam);
        DigitAugmenter augmenter = recipe.augment() ? new DigitAugmenter(recipe.seed()) : null;
        // Drawn after the checkpoint is read, so a checkpoint that cannot be resumed fails at once.
        SyntheticDrawings synthetic = synthetic(train, typefaces, penDigits);
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
            EpochLoop loop = new EpochLoop(trainer, batches, progress);
            List<ModelCard.Epoch> history = new ArrayList<>(state.history());
            double trainingSeconds = state.trainingSeconds();
            int[] testLabels = Evaluator.labels(mnist.test());
            float[][] testLogits = null;
            for (int epoch = state.epochsDone() + 1; epoch <= recipe.epochs(); epoch++) {
                // Dropout draws from the engine's generator: reseeding per epoch makes a resumed
                // run draw exactly what the uninterrupted one drew.
                Engine.getInstance().setRandomSeed((int) (recipe.seed() * 1_000 + epoch));
                EpochLoop.Stats stats = loop.run(epoch, imagesPerEpoch);
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
            ModelCard card =
                    TrainingCard.of(
                            recipe,
                            model,
                            trainer,
                            mnist,
                            validation,
                            penDigits,
                            testLogits,
                            imagesPerEpoch,
                            trainingSeconds,
                            history);
            model.setProperty("Epoch", Integer.toString(recipe.epochs()));
            return new TrainingResult(new DigitModel(model, card), List.copyOf(history));
        }
    }

    /**
     * The state the run starts from: the checkpoint's when resuming (its weights loaded into {@code
     * model}), else a fresh one with the engine seeded. Puts the optimiser in {@code adam}.
     */
    private TrainingCheckpoint start(
            Model model, int stepsPerEpoch, NDManager optimizerState, ResumableAdam[] adam) {
        int totalSteps = stepsPerEpoch * recipe.epochs();
        if (resume && checkpointFile != null && Files.exists(checkpointFile)) {
            TrainingCheckpoint state =
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
            return state;
        }
        Engine.getInstance().setRandomSeed((int) recipe.seed());
        adam[0] = adam(totalSteps, 0, optimizerState);
        return new TrainingCheckpoint(recipe, List.of(), 0);
    }

    private SyntheticDrawings synthetic(
            MnistSet train, List<StrokeFont> typefaces, PenDigits penDigits) {
        if (recipe.redrawnDigits() + recipe.extraImagesPerEpoch() == 0) {
            return SyntheticDrawings.none(train);
        }
        return SyntheticDrawings.generate(
                train,
                recipe.redrawnDigits(),
                recipe.flourishes(),
                recipe.typefaceDigits(),
                typefaces,
                recipe.nonDigits(),
                recipe.touchingPairs(),
                penDigits.trainingWriters(),
                recipe.penDigitDrawings(),
                recipe.seed());
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
}
