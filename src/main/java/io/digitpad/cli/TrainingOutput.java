package io.digitpad.cli;

import io.digitpad.data.Mnist;
import io.digitpad.data.StrokeFont;
import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelStore;
import io.digitpad.model.TrainingRecipe;
import io.digitpad.training.ModelTraining;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@link ModelTraining} for a command: says what the recipe will do, shows a progress bar,
 * then says where the model was saved.
 */
final class TrainingOutput {
    private TrainingOutput() {}

    /** Trains {@code recipe} and saves it at {@code file}; the caller closes the model. */
    static DigitModel trainAndSave(
            TrainingRecipe recipe, Mnist mnist, Path file, boolean resume, PrintWriter err) {
        err.println(describe(recipe, mnist));
        err.flush();
        ProgressBar bar = new ProgressBar(err, System.console() != null, recipe.epochs());
        List<StrokeFont> typefaces =
                recipe.typefaceDigits() > 0 ? DataOptions.typefaces(err) : List.of();
        DigitModel model = ModelTraining.trainAndSave(recipe, mnist, typefaces, file, resume, bar);
        err.println(
                String.format(
                        Locale.ROOT,
                        "Saved %s (test accuracy %.2f%%, %s of training); card %s, history %s",
                        file,
                        100 * model.card().testAccuracy(),
                        ProgressBar.duration(model.card().trainingSeconds()),
                        ModelStore.cardFile(file).getFileName(),
                        ModelStore.historyFile(file).getFileName()));
        err.flush();
        return model;
    }

    private static String describe(TrainingRecipe recipe, Mnist mnist) {
        int available = mnist.train().size() - recipe.validationImages();
        int used =
                recipe.trainImages() == 0 ? available : Math.min(available, recipe.trainImages());
        return String.format(
                Locale.ROOT,
                "Training recipe '%s': %d epochs, batch %d, Adam lr %s%s%s%s, %,d"
                        + " training images%s, %,d redrawn as pen strokes%s, %,d"
                        + " non-digits, %,d touching pairs, %,d drawings of real writers' pen"
                        + " digits, %,d held out for calibration, seed %d",
                recipe.name(),
                recipe.epochs(),
                recipe.batchSize(),
                recipe.learningRate(),
                recipe.schedule() == TrainingRecipe.Schedule.COSINE ? " (cosine)" : "",
                recipe.weightAverageDecay() > 0
                        ? " with weights averaged (decay " + recipe.weightAverageDecay() + ")"
                        : "",
                recipe.labelSmoothing() > 0
                        ? ", labels smoothed by " + recipe.labelSmoothing()
                        : "",
                used,
                recipe.augment() ? " (augmented)" : "",
                recipe.redrawnDigits(),
                redrawnDetails(recipe),
                recipe.nonDigits(),
                recipe.touchingPairs(),
                recipe.penDigitDrawings(),
                recipe.validationImages(),
                recipe.seed());
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
