package io.digitpad.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * What a saved model is and how it was made; travels inside the model file and beside it as JSON.
 *
 * @param architecture {@link DigitNet#ARCHITECTURE} of the network that was saved
 * @param parameters number of trainable parameters
 * @param recipe the recipe it was trained with
 * @param epochsCompleted epochs actually trained
 * @param testAccuracy accuracy on the 10,000 MNIST test images, 0-1
 * @param perClassTestAccuracy test accuracy per digit 0-9, 0-1
 * @param trainingSeconds wall time of the training passes
 * @param imagesPerSecond mean training speed
 * @param calibration how the confidence was calibrated, and how well
 * @param threads CPU threads the engine used
 * @param engine deep learning engine and version
 * @param dataSha256 SHA-256 of each MNIST file it was trained and tested on
 * @param createdAt ISO-8601 time the model was saved
 * @param test how it answers the MNIST test images, for the model page; null on cards saved before
 *     it was recorded
 * @param history what each epoch achieved, in order; null on cards saved before it was recorded
 */
public record ModelCard(
        String architecture,
        long parameters,
        TrainingRecipe recipe,
        int epochsCompleted,
        double testAccuracy,
        double[] perClassTestAccuracy,
        double trainingSeconds,
        double imagesPerSecond,
        Calibration calibration,
        int threads,
        String engine,
        Map<String, String> dataSha256,
        String createdAt,
        TestReport test,
        List<Epoch> history) {

    /**
     * Temperature scaling of the network's logits.
     *
     * @param temperature divides the logits before the softmax; 1 means uncalibrated
     * @param validationImages held-out training images it was fitted on; 0 if not fitted
     * @param writerDrawings drawings of the calibration writers' real pen digits it was fitted on
     *     too; 0 for none
     * @param testErrorBefore expected calibration error on the MNIST test set at temperature 1
     * @param testErrorAfter expected calibration error on the MNIST test set at {@code temperature}
     */
    public record Calibration(
            double temperature,
            int validationImages,
            int writerDrawings,
            double testErrorBefore,
            double testErrorAfter) {}

    /**
     * The model's answers on the MNIST test images, in the detail a person reads on the model page.
     *
     * @param confusion {@code confusion[actual][answered]} counts over the 10,000 test images
     * @param confidentMistakes the wrong answers given with the highest (calibrated) confidence,
     *     most confident first
     */
    public record TestReport(int[][] confusion, List<Mistake> confidentMistakes) {}

    /**
     * One wrong answer on a test image.
     *
     * @param testIndex index of the image among the MNIST test images
     * @param digit the digit it shows (its label)
     * @param answer the digit the model answered
     * @param confidence the model's calibrated probability for {@code answer}, 0-1
     * @param pixels the 28x28 test image as MNIST stores it (0 background, 255 ink), row by row,
     *     base64
     */
    public record Mistake(int testIndex, int digit, int answer, double confidence, String pixels) {}

    /**
     * What one epoch of training achieved.
     *
     * @param epoch 1-based epoch number
     * @param trainLoss mean loss over the epoch's batches, dropout active
     * @param trainAccuracy fraction of training images classified right during the epoch
     * @param testAccuracy fraction of the MNIST test images classified right after it
     * @param seconds wall time of the training pass
     */
    public record Epoch(
            int epoch,
            double trainLoss,
            double trainAccuracy,
            double testAccuracy,
            double seconds) {}

    /** The temperature to apply: the calibrated one, or 1 for cards that have none. */
    public double temperature() {
        return calibration == null ? 1.0 : calibration.temperature();
    }

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The card as pretty-printed JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a model card is always serialisable", e);
        }
    }

    /** Parses a card; throws {@link JsonProcessingException} for anything that is not one. */
    public static ModelCard fromJson(String json) throws JsonProcessingException {
        return JSON.readValue(json, ModelCard.class);
    }
}
