package io.digitpad.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@link RealWriterBenchmark} run measured. "Right" judges the best guess, whatever the
 * status; "answered" counts only confident answers, as in {@link DrawnReport}.
 *
 * @param total drawings read
 * @param confusion for each written digit (row), how often each digit (column) was the best guess;
 *     drawings where no ink was found are in no cell
 * @param answered drawings answered confidently
 * @param answeredCorrect of those, how many were right
 * @param rightConfidences the confidence of each right best guess
 * @param wrongConfidences the confidence of each wrong best guess (0 where no ink was found)
 * @param accuracyByWriter for each writer, the fraction of their drawings read right
 * @param rightAsStrokes drawings whose best guess was right when sent as strokes, as the page sends
 *     them, rather than as the PNG of their canvas
 */
public record RealWriterReport(
        int total,
        int[][] confusion,
        int answered,
        int answeredCorrect,
        Confidences rightConfidences,
        Confidences wrongConfidences,
        Map<Integer, Double> accuracyByWriter,
        int rightAsStrokes) {

    /** A wrong answer claiming more than this is one that a user has no reason to doubt. */
    public static final float CONFIDENTLY = 0.95f;

    /** The "not sure" thresholds the report compares. */
    private static final float[] THRESHOLDS = {0.5f, 0.7f, 0.8f, 0.9f, 0.95f};

    /** Fraction of drawings the best guess got right, 0-1. */
    public double accuracy() {
        return (double) rightConfidences.size() / total;
    }

    /** Wrong best guesses whose confidence is over {@link #CONFIDENTLY}. */
    public int confidentlyWrong() {
        return wrongConfidences.countAbove(CONFIDENTLY);
    }

    /** The report as lines of text for a terminal. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(
                format(
                        "real writers' digits: %,d, best guess right %.2f%%, answered %.2f%%"
                                + " (%.2f%% of those right)",
                        total,
                        100 * accuracy(),
                        100.0 * answered / total,
                        100.0 * answeredCorrect / answered));
        lines.add(
                format(
                        "the same drawings sent as strokes: best guess right %.2f%%",
                        100.0 * rightAsStrokes / total));
        lines.add(
                format(
                        "wrong answers claiming over %.0f%%: %d of %d wrong",
                        100 * CONFIDENTLY, confidentlyWrong(), wrongConfidences.size()));
        StringBuilder perDigit = new StringBuilder("per digit:");
        for (int d = 0; d < confusion.length; d++) {
            int count = 0;
            for (int n : confusion[d]) {
                count += n;
            }
            perDigit.append(format("  %d %.1f%%", d, 100.0 * confusion[d][d] / count));
        }
        lines.add(perDigit.toString());
        StringBuilder byWriter = new StringBuilder("per writer:");
        accuracyByWriter.forEach(
                (writer, fraction) ->
                        byWriter.append(format("  %d %.1f%%", writer, 100 * fraction)));
        lines.add(byWriter.toString());
        lines.add("most frequent mistakes: " + mistakes(6));
        StringBuilder sweep = new StringBuilder("if 'not sure' were below:");
        for (float t : THRESHOLDS) {
            // "Not sure" below t: an answer at t or above is given.
            int rightAnswered = rightConfidences.countAbove(Math.nextDown(t));
            int wrongAnswered = wrongConfidences.countAbove(Math.nextDown(t));
            sweep.append(
                    format(
                            "  %.0f%%: answered %.1f%%, wrongly %.2f%%",
                            100 * t,
                            100.0 * (rightAnswered + wrongAnswered) / total,
                            100.0 * wrongAnswered / total));
        }
        lines.add(sweep.toString());
        return lines;
    }

    /** The {@code count} most frequent (written, read) pairs, e.g. "9 as 3 (7), 7 as 2 (4)". */
    private String mistakes(int count) {
        List<int[]> pairs = new ArrayList<>();
        for (int written = 0; written < confusion.length; written++) {
            for (int read = 0; read < confusion.length; read++) {
                if (written != read && confusion[written][read] > 0) {
                    pairs.add(new int[] {written, read, confusion[written][read]});
                }
            }
        }
        pairs.sort(Comparator.comparingInt((int[] p) -> -p[2]));
        List<String> named = new ArrayList<>();
        for (int[] p : pairs.subList(0, Math.min(count, pairs.size()))) {
            named.add(format("%d as %d (%d)", p[0], p[1], p[2]));
        }
        return named.isEmpty() ? "none" : String.join(", ", named);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
