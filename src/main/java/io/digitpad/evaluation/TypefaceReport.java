package io.digitpad.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@link TypefaceBenchmark} run measured, on typefaces or on handwriting fonts. "Right"
 * judges the best guess, whatever the status; "answered" counts only confident answers, as in
 * {@link DrawnReport}.
 *
 * @param countPerDigit drawings of each digit 0-9
 * @param correctPerDigit of those, how many the best guess got right
 * @param answered drawings answered confidently
 * @param answeredCorrect of those, how many were right
 * @param accuracyByTypeface for each typeface or font by name, the fraction the best guess got
 *     right
 */
public record TypefaceReport(
        int[] countPerDigit,
        int[] correctPerDigit,
        int answered,
        int answeredCorrect,
        Map<String, Double> accuracyByTypeface) {

    /** Number of drawings. */
    public int total() {
        int total = 0;
        for (int n : countPerDigit) {
            total += n;
        }
        return total;
    }

    /** Fraction of drawings the best guess got right, 0-1. */
    public double accuracy() {
        int correct = 0;
        for (int n : correctPerDigit) {
            correct += n;
        }
        return (double) correct / total();
    }

    /**
     * The report as lines of text for a terminal.
     *
     * @param drawings what was drawn, for the first line ("typeface digits")
     * @param face what the drawings are grouped by ("typeface")
     */
    public List<String> lines(String drawings, String face) {
        List<String> lines = new ArrayList<>();
        lines.add(
                format(
                        "%s: %,d, best guess right %.2f%%, answered %.2f%% (%.2f%%"
                                + " of those right)",
                        drawings,
                        total(),
                        100 * accuracy(),
                        100.0 * answered / total(),
                        100.0 * answeredCorrect / answered));
        StringBuilder perDigit = new StringBuilder("per digit:");
        for (int d = 0; d < countPerDigit.length; d++) {
            perDigit.append(
                    format("  %d %.1f%%", d, 100.0 * correctPerDigit[d] / countPerDigit[d]));
        }
        lines.add(perDigit.toString());
        StringBuilder byTypeface = new StringBuilder("per " + face + ":");
        accuracyByTypeface.forEach(
                (name, fraction) -> byTypeface.append(format("  %s %.1f%%", name, 100 * fraction)));
        lines.add(byTypeface.toString());
        return lines;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
