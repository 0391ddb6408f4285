package io.digitpad.training;

import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelCard;
import java.util.List;
import java.util.Locale;

/**
 * A freshly trained model and its per-epoch history.
 *
 * @param model the trained model with its card; the caller closes it
 * @param history one entry per epoch, in order
 */
public record TrainingResult(DigitModel model, List<ModelCard.Epoch> history) {

    /** The history as CSV: a header, then one line per epoch. */
    public String historyCsv() {
        StringBuilder csv =
                new StringBuilder("epoch,train_loss,train_accuracy,test_accuracy,seconds\n");
        for (ModelCard.Epoch e : history) {
            csv.append(
                    String.format(
                            Locale.ROOT,
                            "%d,%.6f,%.6f,%.6f,%.2f%n",
                            e.epoch(),
                            e.trainLoss(),
                            e.trainAccuracy(),
                            e.testAccuracy(),
                            e.seconds()));
        }
        return csv.toString();
    }
}
