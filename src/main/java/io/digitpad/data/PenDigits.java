package io.digitpad.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Real digits written by real writers with a pen (the UCI pen digits, see data/pendigits in the
 * project), split by writer into the writers training learns from, those that calibrate the
 * confidence and those kept for validation.
 *
 * <p>The split is by writer, never by digit: a writer's digits resemble each other, so a digit is
 * only a fair test of a model that has seen none of its writer's other digits. The writers are
 * spread over the numbering (it follows the order they were recorded in, not any style).
 *
 * @param digits every digit, in file order
 */
public record PenDigits(List<PenDigit> digits) {
    /** Writers whose digits only measure the model: `evaluate`'s real-writer figure. */
    public static final Set<Integer> VALIDATION_WRITERS = Set.of(3, 8, 13, 18, 23, 28);

    /**
     * Writers whose digits, with held-out MNIST images, fit the confidence temperature: never
     * trained on, so their confidence is what an unseen writer gets.
     */
    public static final Set<Integer> CALIBRATION_WRITERS = Set.of(10, 25);

    /** The bundled file, packed into digitpad from data/pendigits. */
    static final String RESOURCE = "/pendigits/pendigits-orig.tra.gz";

    public PenDigits {
        digits = List.copyOf(digits);
    }

    /** The 7,494 digits of the 30 writers bundled with digitpad. */
    public static PenDigits bundled() {
        try (InputStream in = PenDigits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DataException(
                        "the bundled pen digits ("
                                + RESOURCE
                                + ") are missing from this build of digitpad");
            }
            return PenDigitsReader.read(in, "the bundled pen digits");
        } catch (IOException e) {
            throw new DataException("the bundled pen digits cannot be read: " + e.getMessage(), e);
        }
    }

    /** The digits of the writers training learns from: neither validation nor calibration. */
    public PenDigits trainingWriters() {
        return only(w -> !VALIDATION_WRITERS.contains(w) && !CALIBRATION_WRITERS.contains(w));
    }

    /** The digits of the {@link #VALIDATION_WRITERS}. */
    public PenDigits validationWriters() {
        return only(VALIDATION_WRITERS::contains);
    }

    /** The digits of the {@link #CALIBRATION_WRITERS}. */
    public PenDigits calibrationWriters() {
        return only(CALIBRATION_WRITERS::contains);
    }

    /** Number of digits. */
    public int size() {
        return digits.size();
    }

    /** Digit {@code index}. */
    public PenDigit get(int index) {
        return digits.get(index);
    }

    /** The distinct writers, ascending. */
    public int[] writers() {
        return digits.stream().mapToInt(PenDigit::writer).distinct().sorted().toArray();
    }

    private PenDigits only(IntPredicate writer) {
        return new PenDigits(digits.stream().filter(d -> writer.test(d.writer())).toList());
    }
}
