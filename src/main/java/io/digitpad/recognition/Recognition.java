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
        /**
         * The network is not confident enough to answer: perhaps not a digit at all. The best guess
         * is still given.
         */
        NOT_SURE,
        /** The image holds no ink at all. */
        NO_DIGIT
    }

    /** The answer for a blank image. */
    public static Recognition noDigit() {
        return new Recognition(Status.NO_DIGIT, -1, new float[0], null);
    }

    /**
     * The answer for the probabilities the network gave for {@code input}: {@link Status#NOT_SURE}
     * when the best is below {@code notSureBelow} (a probability, 0-1).
     */
    public static Recognition of(float[] probabilities, MnistImage input, float notSureBelow) {
        int best = 0;
        for (int d = 1; d < probabilities.length; d++) {
            if (probabilities[d] > probabilities[best]) {
                best = d;
            }
        }
        Status status = probabilities[best] < notSureBelow ? Status.NOT_SURE : Status.DIGIT;
        return new Recognition(status, best, probabilities, input);
    }

    /** True when there is a digit or at least a best guess. */
    public boolean hasDigit() {
        return status != Status.NO_DIGIT;
    }

    /** The paper's confidence: the highest probability times 100, or 0 when there is no digit. */
    public float confidencePercent() {
        return hasDigit() ? probabilities[digit] * 100f : 0f;
    }
}
