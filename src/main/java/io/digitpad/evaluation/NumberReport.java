package io.digitpad.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link NumberBenchmark} run measured, for each way of reading.
 *
 * @param ways each way of reading: real writers as strokes, as images, MNIST as images
 */
public record NumberReport(List<Way> ways) {
    /**
     * One way of reading numbers.
     *
     * @param name what was read, how
     * @param perLength numbers of each length
     * @param exact for each length from {@link NumberBenchmark#SHORTEST}, numbers read exactly
     * @param digitsRight for each length, digits read right: the length less the edits (a digit
     *     changed, missed or added) from the number read to the number written, at least 0
     * @param millis for each length, the time each reading took
     */
    public record Way(
            String name, int perLength, int[] exact, int[] digitsRight, List<List<Double>> millis) {

        /** Share of numbers of {@code length} digits read exactly, 0-1. */
        public double exactly(int length) {
            return (double) exact[length - NumberBenchmark.SHORTEST] / perLength;
        }

        /** Share of all digits read right, 0-1. */
        public double perDigit() {
            long right = 0;
            long all = 0;
            for (int i = 0; i < digitsRight.length; i++) {
                right += digitsRight[i];
                all += (long) perLength * (i + NumberBenchmark.SHORTEST);
            }
            return (double) right / all;
        }

        /** Median time to read a number of {@code length} digits, in milliseconds. */
        public double medianMillis(int length) {
            List<Double> times = new ArrayList<>(millis.get(length - NumberBenchmark.SHORTEST));
            times.sort(null);
            return times.get(times.size() / 2);
        }
    }

    /** Digits of {@code written} that {@code read} got right: the length less the edit distance. */
    static int digitsRight(String read, String written) {
        int[][] d = new int[read.length() + 1][written.length() + 1];
        for (int i = 0; i <= read.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= written.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= read.length(); i++) {
            for (int j = 1; j <= written.length(); j++) {
                int change = read.charAt(i - 1) == written.charAt(j - 1) ? 0 : 1;
                d[i][j] =
                        Math.min(Math.min(d[i - 1][j], d[i][j - 1]) + 1, d[i - 1][j - 1] + change);
            }
        }
        return Math.max(0, written.length() - d[read.length()][written.length()]);
    }

    /** The report as lines of text for a terminal: one line per way, one column per length. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        StringBuilder header =
                new StringBuilder(String.format(Locale.ROOT, "%-22s", "exactly read:"));
        for (int l = NumberBenchmark.SHORTEST; l <= NumberBenchmark.LONGEST; l++) {
            header.append(String.format(Locale.ROOT, " %5s", l + "d"));
        }
        lines.add(header.append("   per digit   p50 ms (5d, 10d)").toString());
        for (Way way : ways) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", way.name()));
            for (int l = NumberBenchmark.SHORTEST; l <= NumberBenchmark.LONGEST; l++) {
                line.append(String.format(Locale.ROOT, " %4.0f%%", 100 * way.exactly(l)));
            }
            lines.add(
                    line.append(
                                    String.format(
                                            Locale.ROOT,
                                            "   %7.2f%%   %.1f, %.1f",
                                            100 * way.perDigit(),
                                            way.medianMillis(5),
                                            way.medianMillis(10)))
                            .toString());
        }
        return lines;
    }
}
