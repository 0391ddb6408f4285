package io.digitpad.evaluation;

import io.digitpad.data.PenDigits;
import io.digitpad.data.StrokeFont;
import io.digitpad.drawing.Doodle;
import io.digitpad.drawing.NonDigits;
import java.util.EnumSet;
import java.util.Set;

/**
 * What training never sees, so that evaluation can measure on it: the MNIST test set, the
 * validation writers' pen digits, the EMS typefaces, the installed handwriting fonts, and two kinds
 * of non-digit. Training asks here what to leave out and the reports ask here what to measure on,
 * so the two cannot drift apart.
 */
public final class HeldOut {
    /** Non-digit kinds kept out of training, to measure rejection of unseen shapes. */
    private static final Set<Doodle> NON_DIGIT_KINDS = EnumSet.of(Doodle.STAR, Doodle.SPIRAL);

    private HeldOut() {}

    /** Whether non-digit drawing {@code index} of {@link NonDigits} is of a held-out kind. */
    public static boolean isNonDigit(int index) {
        return NON_DIGIT_KINDS.contains(NonDigits.kind(index));
    }

    /** Whether {@code typeface} is one the typeface benchmark measures on: the EMS ones. */
    public static boolean isTypeface(StrokeFont typeface) {
        return typeface.family() == StrokeFont.Family.EMS;
    }

    /** The digits of the validation writers among {@code penDigits}. */
    public static PenDigits writers(PenDigits penDigits) {
        return penDigits.validationWriters();
    }
}
