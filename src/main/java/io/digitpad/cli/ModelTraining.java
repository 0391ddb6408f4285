package io.digitpad.cli;

import io.digitpad.DigitpadException;
import io.digitpad.data.Mnist;
import io.digitpad.data.PenDigits;
import io.digitpad.data.StrokeFont;
import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelStore;
import io.digitpad.model.TrainingRecipe;
import io.digitpad.training.DigitTrainer;
import io.digitpad.training.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Trains with a progress bar and saves model, card and history together. */
final class ModelTraining {
    private ModelTraining() {}

    /**
     * Trains {@code recipe}, saves it at {@code file}, and returns the trained model. After every
     * epoch the run's state is kept in a checkpoint beside {@code file}; {@code resume} continues
     * from it. The checkpoint is removed once the model is saved.
     */
    static DigitModel trainAndSave(
            TrainingRecipe recipe, Mnist mnist, Path file, boolean resume, PrintWriter err) {
        int available = mnist.train().size() - recipe.validationImages();
        int used =
                recipe.trainImages() == 0 ? available : Math.min(available, recipe.trainImages());
        err.println(
                String.format(
                        Locale.ROOT,
                        "Training recipe '%s': %d epochs, batch %d, Adam lr %s%s%s%s, %,d"
                                + " training images%s, %,d redrawn as pen strokes%s, %,d"
                                + " non-digits, %,d drawings of real writers' pen digits, %,d held"
                                + " out for calibration, seed %d",
                        recipe.name(),
                        recipe.epochs(),
                        recipe.batchSize(),
                        recipe.learningRate(),
                        recipe.schedule() == TrainingRecipe.Schedule.COSINE ? " (cosine)" : "",
                        recipe.weightAverageDecay() > 0
                                ? " with weights averaged (decay "
                                        + recipe.weightAverageDecay()
                                        + ")"
                                : "",
                        recipe.labelSmoothing() > 0
                                ? ", labels smoothed by " + recipe.labelSmoothing()
                                : "",
                        used,
                        recipe.augment() ? " (augmented)" : "",
                        recipe.redrawnDigits(),
                        redrawnDetails(recipe),
                        recipe.nonDigits(),
                        recipe.penDigitDrawings(),
                        recipe.validationImages(),
                        recipe.seed()));
        err.flush();
        ProgressBar bar = new ProgressBar(err, System.console() != null, recipe.epochs());
        Path checkpoint = ModelStore.checkpointFile(file);
        List<StrokeFont> typefaces =
                recipe.typefaceDigits() > 0 ? DataOptions.typefaces(err) : List.of();
        PenDigits penDigits =
                recipe.penDigitDrawings() > 0 ? PenDigits.bundled() : new PenDigits(List.of());
        TrainingResult result =
                new DigitTrainer(recipe, bar, checkpoint, resume)
                        .train(mnist, typefaces, penDigits);
        try {
            ModelStore.save(result.model().model(), result.model().card(), file);
            ModelStore.writeAtomically(ModelStore.historyFile(file), result.historyCsv());
            Files.deleteIfExists(checkpoint);
        } catch (IOException e) {
            result.model().close();
            throw new DigitpadException(
                    "cannot save the model to " + file + ": " + e.getMessage(), e);
        }
        err.println(
                String.format(
                        Locale.ROOT,
                        "Saved %s (test accuracy %.2f%%, %s of training); card %s, history %s",
                        file,
                        100 * result.model().card().testAccuracy(),
                        ProgressBar.duration(result.model().card().trainingSeconds()),
                        ModelStore.cardFile(file).getFileName(),
                        ModelStore.historyFile(file).getFileName()));
        err.flush();
        return result.model();
    }

    /** E.g. " (some 1s flagged, some 7s crossed; 4,800 as typeface digits)", or "". */
    private static String redrawnDetails(TrainingRecipe recipe) {
        List<String> details = new ArrayList<>();
        if (recipe.flourishes()) {
            details.add("some 1s flagged, some 7s crossed");
        }
        if (recipe.typefaceDigits() > 0) {
            details.add(
                    String.format(Locale.ROOT, "%,d as typeface digits", recipe.typefaceDigits()));
        }
        return details.isEmpty() ? "" : " (" + String.join("; ", details) + ")";
    }
}
