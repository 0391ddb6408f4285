package io.digitpad.web;

import io.digitpad.recognition.Recognition;
import java.util.Base64;
import java.util.Locale;

/**
 * The JSON answer of {@code POST /api/predict}.
 *
 * @param status "digit", "not_sure" (the best guess is still given) or "no_digit"
 * @param digit the digit, or null when there is none
 * @param confidence highest probability x 100, or null when there is no digit
 * @param probabilities the ten probabilities, index = digit, or null when there is no digit
 * @param input the 28x28 image the network saw as a PNG data URL, or null when there is no digit
 * @param message a sentence for people
 */
public record PredictionResponse(
        String status,
        Integer digit,
        Float confidence,
        float[] probabilities,
        String input,
        String message) {

    static PredictionResponse of(Recognition r) {
        if (!r.hasDigit()) {
            return new PredictionResponse(
                    "no_digit", null, null, null, null, "No digit found: the drawing is blank.");
        }
        boolean sure = r.status() == Recognition.Status.DIGIT;
        return new PredictionResponse(
                sure ? "digit" : "not_sure",
                r.digit(),
                r.confidencePercent(),
                r.probabilities(),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(r.input().toPng()),
                String.format(
                        Locale.ROOT,
                        sure
                                ? "That looks like a %d (%.1f%% sure)."
                                : "Not sure this is a digit: best guess %d (%.1f%%).",
                        r.digit(),
                        r.confidencePercent()));
    }
}
