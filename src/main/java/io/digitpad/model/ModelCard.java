package io.digitpad.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
        String createdAt) {

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
