package io.digitpad.recognition;

/**
 * The answer for one image.
 *
 * @param status whether a digit was found
 * @param digit the most probable digit, or -1 when there is no digit
 * @param probabilities probability of each digit 0-9 (summing to 1), or an empty array when there
 *     is no digit
 * @param input the 28x28 image the network saw, or null when there is no digit
 */
public record Recognition(Status status, int digit, float[] probabilities, MnistImage input) {

    /** What kind of answer this is. */
    public enum Status {
        /** The image holds a digit, and this is it. */
        DIGIT,
        /** The image holds no ink at all. */
        NO_DIGIT
    }

    /** The answer for a blank image. */
    public static Recognition noDigit() {
        return new Recognition(Status.NO_DIGIT, -1, new float[0], null);
    }

    /** The answer for the probabilities the network gave for {@code input}. */
    public static Recognition of(float[] probabilities, MnistImage input) {
        int best = 0;
        for (int d = 1; d < probabilities.length; d++) {
            if (probabilities[d] > probabilities[best]) {
                best = d;
            }
        }
        return new Recognition(Status.DIGIT, best, probabilities, input);
    }

    /** True when a digit was found. */
    public boolean hasDigit() {
        return status != Status.NO_DIGIT;
    }

    /** The paper's confidence: the highest probability times 100, or 0 when there is no digit. */
    public float confidencePercent() {
        return hasDigit() ? probabilities[digit] * 100f : 0f;
    }
}
