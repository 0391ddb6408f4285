package io.digitpad.training;

import io.digitpad.DigitpadException;
import io.digitpad.data.Mnist;
import io.digitpad.data.PenDigits;
import io.digitpad.data.StrokeFont;
import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelStore;
import io.digitpad.model.TrainingRecipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Trains a recipe and saves model, card and history together. */
public final class ModelTraining {
    private ModelTraining() {}

    /**
     * Trains {@code recipe}, saves it at {@code file}, and returns the trained model; the caller
     * closes it. After every epoch the run's state is kept in a checkpoint beside {@code file};
     * {@code resume} continues from it. The checkpoint is removed once the model is saved.
     *
     * @param typefaces the typefaces the recipe's typeface digits are drawn from; may be empty when
     *     it draws none
     */
    public static DigitModel trainAndSave(
            TrainingRecipe recipe,
            Mnist mnist,
            List<StrokeFont> typefaces,
            Path file,
            boolean resume,
            TrainingProgress progress) {
        Path checkpoint = ModelStore.checkpointFile(file);
        PenDigits penDigits =
                recipe.penDigitDrawings() > 0 ? PenDigits.bundled() : new PenDigits(List.of());
        TrainingResult result =
                new DigitTrainer(recipe, progress, checkpoint, resume)
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
        return result.model();
    }
}
