package io.digitpad.evaluation;

import io.digitpad.drawing.Flourish;
import io.digitpad.drawing.NonDigits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@link DrawnBenchmark} run measured.
 *
 * <p>"Correct" judges the best guess, whatever the status: right whenever the recognizer named the
 * drawn digit. "Answered" counts only confident answers (status DIGIT), not "not sure" or "no
 * digit".
 *
 * @param countPerDigit drawn digits of each label 0-9
 * @param correctPerDigit of those, how many the best guess got right
 * @param answered drawn digits answered confidently
 * @param answeredCorrect of those, how many were right
 * @param digitConfidences highest probability for each drawn digit
 * @param variantAccuracy for each variant measured apart (1s and 7s with a {@link Flourish}, digits
 *     drawn small with the page's pen, with a hairline, in a narrow hand or with a stray tap; keyed
 *     by description), the fraction the best guess got right; not part of the figures above
 * @param nonDigits non-digit drawings
 * @param nonDigitsAnswered of those, how many were answered confidently with a digit (lower is
 *     better)
 * @param nonDigitConfidences highest probability for each non-digit drawing
 * @param nonDigitsAnsweredByKind for each kind of non-digit ({@link NonDigits#kind}), the fraction
 *     answered confidently with a digit
 * @param imagesPerSecond recognitions per second over all images, PNG decoding included
 */
public record DrawnReport(
        int[] countPerDigit,
        int[] correctPerDigit,
        int answered,
        int answeredCorrect,
        Confidences digitConfidences,
        Map<String, Double> variantAccuracy,
        int nonDigits,
        int nonDigitsAnswered,
        Confidences nonDigitConfidences,
        Map<String, Double> nonDigitsAnsweredByKind,
        double imagesPerSecond) {

    /** Number of drawn digits. */
    public int total() {
        return sum(countPerDigit);
    }

    /** Number of drawn digits the best guess got right. */
    public int correct() {
        return sum(correctPerDigit);
    }

    /** Fraction of drawn digits the best guess got right, 0-1. */
    public double accuracy() {
        return fraction(correct(), total());
    }

    /** For each digit 0-9, the fraction of its drawings the best guess got right. */
    public double[] perDigitAccuracy() {
        double[] accuracy = new double[countPerDigit.length];
        for (int d = 0; d < accuracy.length; d++) {
            accuracy[d] = fraction(correctPerDigit[d], countPerDigit[d]);
        }
        return accuracy;
    }

    /** Fraction of drawn digits answered confidently. */
    public double answeredFraction() {
        return fraction(answered, total());
    }

    /** Fraction of the confident answers that were right. */
    public double answeredAccuracy() {
        return fraction(answeredCorrect, answered);
    }

    /** Fraction of non-digit drawings answered confidently with a digit; lower is better. */
    public double nonDigitAnsweredFraction() {
        return fraction(nonDigitsAnswered, nonDigits);
    }

    /** The report as lines of text for a terminal. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(
                format(
                        "drawn digits: %,d, best guess right %.2f%%, answered %.2f%% (%.2f%% of"
                                + " those right)",
                        total(),
                        100 * accuracy(),
                        100 * answeredFraction(),
                        100 * answeredAccuracy()));
        StringBuilder perDigit = new StringBuilder("per digit:");
        double[] accuracy = perDigitAccuracy();
        for (int d = 0; d < accuracy.length; d++) {
            perDigit.append(format("  %d %.1f%%", d, 100 * accuracy[d]));
        }
        lines.add(perDigit.toString());
        if (!variantAccuracy.isEmpty()) {
            StringBuilder variants = new StringBuilder("drawn again:");
            variantAccuracy.forEach(
                    (variant, fraction) ->
                            variants.append(format("  %s %.1f%%", variant, 100 * fraction)));
            lines.add(variants.toString());
        }
        lines.add(
                format(
                        "non-digits: %,d, answered as a digit %.2f%% (lower is better)",
                        nonDigits, 100 * nonDigitAnsweredFraction()));
        StringBuilder byKind = new StringBuilder("non-digits answered, by kind:");
        nonDigitsAnsweredByKind.forEach(
                (kind, fraction) ->
                        byKind.append(
                                format(
                                        "  %s %.0f%%",
                                        kind.toLowerCase(Locale.ROOT), 100 * fraction)));
        lines.add(byKind.toString());
        lines.add("highest probability at p5 / p10 / p25 / p50 / p75:");
        lines.add("  drawn digits " + percentiles(digitConfidences));
        lines.add("  non-digits   " + percentiles(nonDigitConfidences));
        lines.add(format("speed: %.1f images/s", imagesPerSecond));
        return lines;
    }

    private static String percentiles(Confidences confidences) {
        return format(
                "%.3f / %.3f / %.3f / %.3f / %.3f",
                confidences.percentile(0.05),
                confidences.percentile(0.10),
                confidences.percentile(0.25),
                confidences.percentile(0.50),
                confidences.percentile(0.75));
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int n : counts) {
            sum += n;
        }
        return sum;
    }

    private static double fraction(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
