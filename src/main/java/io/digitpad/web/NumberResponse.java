package io.digitpad.web;

import io.digitpad.numbers.NumberReading;
import io.digitpad.recognition.Recognition;
import java.util.Base64;
import java.util.List;

/**
 * The JSON answer of {@code POST /api/read}.
 *
 * @param status "number", "not_sure" (some digit is a guess; check it) or "no_digit"
 * @param number the digits read, left to right ("90210"); empty when there are none
 * @param digits each digit with where it was written, left to right
 * @param message a sentence for people
 */
public record NumberResponse(
        String status, String number, List<DigitResponse> digits, String message) {

    /**
     * One digit of the number.
     *
     * @param digit the digit
     * @param confidence its highest probability x 100
     * @param probabilities the ten probabilities, index = digit
     * @param box where it was written on the canvas: {@code x, y, width, height} in pixels
     * @param input the 28x28 image the network saw as a PNG data URL
     */
    public record DigitResponse(
            int digit,
            float confidence,
            float[] probabilities,
            NumberReading.Box box,
            String input) {}

    static NumberResponse of(NumberReading reading) {
        List<DigitResponse> digits =
                reading.digits().stream()
                        .map(
                                d -> {
                                    Recognition r = d.recognition();
                                    return new DigitResponse(
                                            r.digit(),
                                            r.confidencePercent(),
                                            r.probabilities(),
                                            d.box(),
                                            "data:image/png;base64,"
                                                    + Base64.getEncoder()
                                                            .encodeToString(r.input().toPng()));
                                })
                        .toList();
        String number = reading.number();
        return switch (reading.status()) {
            case NO_DIGIT ->
                    new NumberResponse(
                            "no_digit", "", digits, "No digits found: the drawing is blank.");
            case NOT_SURE ->
                    new NumberResponse(
                            "not_sure",
                            number,
                            digits,
                            "Best guess " + number + ", but not sure of every digit: check it.");
            case NUMBER ->
                    new NumberResponse("number", number, digits, "That reads " + number + ".");
        };
    }
}
