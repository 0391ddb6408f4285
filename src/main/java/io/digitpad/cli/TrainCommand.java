package io.digitpad.cli;

import io.digitpad.data.Mnist;
import io.digitpad.model.DigitModel;
import io.digitpad.model.TrainingRecipe;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code digitpad train}: trains a model and saves it. */
@Command(
        name = "train",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Trains the network on MNIST and saves it, with its model card and per-epoch history.",
            "Defaults are the paper's recipe: Adam(0.001, 0.9, 0.999, 1e-8), 15 epochs, batch 128,"
                    + " all 60,000 images.",
            "The model built into digitpad was made with: train --recipe augmented",
            "The model file is replaced atomically: an interrupted run never damages the old one."
        })
final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = {"-o", "--model"},
            paramLabel = "FILE",
            description = "Where to save the model (default: ${DEFAULT-VALUE}).")
    Path model = Path.of("models", "digitpad.params");

    @Option(
            names = "--recipe",
            paramLabel = "NAME",
            description = {
                "paper: the paper's recipe exactly (default).",
                "augmented: same network; distorted and pen-redrawn training digits (some 1s"
                        + " with a flag, some 7s crossed, some drawn from Hershey typefaces),"
                        + " generated non-digits taught low confidence, drawings of real writers' pen digits, smoothed labels, cosine"
                        + " learning rate, 40 epochs, averaged weights, 5,000 images held out to"
                        + " calibrate confidence."
            })
    String recipeName = "paper";

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: the recipe's).")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: 128).")
    Integer batch;

    @Option(
            names = "--lr",
            paramLabel = "RATE",
            description = "Adam learning rate (default: 0.001).")
    Float learningRate;

    @Option(
            names = "--train-images",
            paramLabel = "N",
            description =
                    "Train on the first N training images only, and on the recipe's synthetic"
                            + " drawings in the same proportion (default: all 60,000).")
    Integer trainImages;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: 42).")
    Long seed;

    @Option(
            names = "--resume",
            description =
                    "Continue an interrupted run from its last completed epoch (kept in"
                            + " FILE's .checkpoint beside it); the result is the same as an"
                            + " uninterrupted run.")
    boolean resume;

    @Mixin DataOptions data;

    @Mixin EngineOptions engine;

    @Override
    public Integer call() {
        TrainingRecipe recipe = recipe();
        engine.apply();
        Mnist mnist = data.load(spec.commandLine().getErr());
        try (DigitModel trained =
                TrainingOutput.trainAndSave(
                        recipe, mnist, model, resume, spec.commandLine().getErr())) {
            return 0;
        }
    }

    private TrainingRecipe recipe() {
        try {
            TrainingRecipe recipe = TrainingRecipe.named(recipeName);
            if (epochs != null) {
                recipe = recipe.withEpochs(epochs);
            }
            if (batch != null) {
                recipe = recipe.withBatchSize(batch);
            }
            if (learningRate != null) {
                recipe = recipe.withLearningRate(learningRate);
            }
            if (trainImages != null) {
                recipe = recipe.withTrainImages(trainImages);
            }
            if (seed != null) {
                recipe = recipe.withSeed(seed);
            }
            return recipe;
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
