package io.digitpad.cli;

import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelStore;
import io.digitpad.model.TrainingRecipe;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which model to use: the built-in one, or a file that is trained first if it does not exist. */
final class ModelOptions {
    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = {
                "Model file to use (default: the model built into digitpad).",
                "If FILE does not exist, the paper recipe is trained on MNIST and saved there first."
            })
    Path file;

    @Mixin DataOptions data;

    /** Loads the model, training and saving it first when {@code --model} names a missing file. */
    DigitModel obtain(PrintWriter log) {
        if (file == null) {
            return ModelStore.loadDefault();
        }
        if (Files.exists(file)) {
            return ModelStore.load(file);
        }
        log.println("No model at " + file + ": training one with the paper recipe first.");
        log.flush();
        return TrainingOutput.trainAndSave(
                TrainingRecipe.paper(), data.load(log), file, false, log);
    }
}
