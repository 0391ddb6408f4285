package io.digitpad.numbers;

import io.digitpad.recognition.Recognition;
import java.util.List;

/**
 * A written number as read: its digits, left to right.
 *
 * @param digits each digit found, with where it was written
 */
public record NumberReading(List<ReadDigit> digits) {
    /** What kind of answer this is. */
    public enum Status {
        /** Every digit was read with confidence. */
        NUMBER,
        /** At least one digit is uncertain: the best guess is given, but check it. */
        NOT_SURE,
        /** There is no ink at all. */
        NO_DIGIT
    }

    public NumberReading {
        digits = List.copyOf(digits);
    }

    /**
     * One digit of the number.
     *
     * @param recognition what the network made of it, with the 28x28 input it saw
     * @param box where it was written on the canvas
     */
    public record ReadDigit(Recognition recognition, Box box) {}

    /**
     * A rectangle on the canvas, in pixels.
     *
     * @param x left edge
     * @param y top edge
     * @param width width
     * @param height height
     */
    public record Box(int x, int y, int width, int height) {}

    /** The digits as text, "90210"; empty when there are none. */
    public String number() {
        StringBuilder text = new StringBuilder(digits.size());
        digits.forEach(d -> text.append(d.recognition().digit()));
        return text.toString();
    }

    /** Whether this is a number, a guess to check, or nothing. */
    public Status status() {
        if (digits.isEmpty()) {
            return Status.NO_DIGIT;
        }
        boolean unsure =
                digits.stream().anyMatch(d -> d.recognition().status() != Recognition.Status.DIGIT);
        return unsure ? Status.NOT_SURE : Status.NUMBER;
    }
}
