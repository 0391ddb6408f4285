package io.digitpad.cli;

import io.digitpad.data.Mnist;
import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelStore;
import io.digitpad.training.DigitTrainer;
import io.digitpad.training.TrainingRecipe;
import io.digitpad.training.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/** Trains with a progress bar and saves model, card and history together. */
final class ModelTraining {
    private ModelTraining() {}

    /** Trains {@code recipe}, saves it at {@code file}, and returns the trained model. */
    static DigitModel trainAndSave(TrainingRecipe recipe, Mnist mnist, Path file, PrintWriter err) {
        err.println(
                String.format(
                        Locale.ROOT,
                        "Training recipe '%s': %d epochs, batch %d, Adam lr %s, %s training images,"
                                + " seed %d",
                        recipe.name(),
                        recipe.epochs(),
                        recipe.batchSize(),
                        recipe.learningRate(),
                        recipe.trainImages() == 0
                                ? String.format(Locale.ROOT, "%,d", mnist.train().size())
                                : String.format(Locale.ROOT, "%,d", recipe.trainImages()),
                        recipe.seed()));
        err.flush();
        ProgressBar bar = new ProgressBar(err, System.console() != null, recipe.epochs());
        TrainingResult result = new DigitTrainer(recipe, bar).train(mnist);
        try {
            ModelStore.save(result.model().model(), result.model().card(), file);
            ModelStore.writeAtomically(ModelStore.historyFile(file), result.historyCsv());
        } catch (IOException e) {
            result.model().close();
            throw new UncheckedIOException("cannot save the model to " + file, e);
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
}
