package io.digitpad.numbers;

import io.digitpad.data.PenDigit;
import io.digitpad.data.PenDigits;

/**
 * How many strokes people write each digit with, from the training writers' pen digits: a 2, 6 or 8
 * is nearly always one stroke, a 4, 5 or 7 usually two. The network cannot know this, and it reads
 * two overlapping one-stroke digits as one confident 8 as readily as it reads a real 8; the count
 * tells them apart.
 */
final class StrokeCounts {
    /** Counts of this many strokes or more are pooled. */
    static final int MOST = 3;

    /**
     * The least weight a stroke count gets: habits differ between writers (the validation writers
     * draw one 0 in eight in two strokes, the training writers one in 150), so no count is ruled
     * out. Between 0.1 and 0.3 the number benchmark does not move.
     */
    static final double FLOOR = 0.2;

    private static final StrokeCounts TRAINING_WRITERS =
            new StrokeCounts(PenDigits.bundled().trainingWriters());

    /** For each digit and stroke count, its share over that of the digit's usual count, floored. */
    private final double[][] weight = new double[10][MOST + 1];

    private StrokeCounts(PenDigits writers) {
        int[][] count = new int[10][MOST + 1];
        for (PenDigit digit : writers.digits()) {
            count[digit.digit()][Math.min(MOST, digit.strokes().size())]++;
        }
        for (int d = 0; d < 10; d++) {
            int usual = 1;
            for (int k = 1; k <= MOST; k++) {
                usual = Math.max(usual, count[d][k]);
            }
            for (int k = 1; k <= MOST; k++) {
                weight[d][k] = Math.max(FLOOR, count[d][k] / (double) usual);
            }
        }
    }

    /** The counts of the writers training learns from (never the validation writers). */
    static StrokeCounts trainingWriters() {
        return TRAINING_WRITERS;
    }

    /**
     * The network's {@code probabilities} for ink of {@code strokes} strokes, each digit's weighed
     * by how usual that count is for it and normalised again: among readings of the same ink, the
     * one people write that way wins. Ink of unknown strokes (0: from an image) keeps them as they
     * are.
     */
    float[] weighed(float[] probabilities, int strokes) {
        if (strokes == 0) {
            return probabilities;
        }
        float[] weighed = new float[probabilities.length];
        double sum = 0;
        for (int d = 0; d < weighed.length; d++) {
            weighed[d] = (float) (probabilities[d] * weightOf(d, strokes));
            sum += weighed[d];
        }
        for (int d = 0; d < weighed.length; d++) {
            weighed[d] = (float) (weighed[d] / sum);
        }
        return weighed;
    }

    /**
     * How well {@code strokes} strokes fit together as one digit, as a log-likelihood: the best
     * reading's probability, weighed by how usual its count is when there are several strokes. A
     * lone stroke is not weighed, since it must belong to some digit anyway: charging a 7 drawn
     * without its bar would only push it to join a neighbour and make a two-stroke 7 (on the number
     * benchmark, merged digits rose from 21 to 53 that way).
     */
    double fit(float[] probabilities, int strokes) {
        double best = 0;
        for (int d = 0; d < probabilities.length; d++) {
            best = Math.max(best, probabilities[d] * (strokes > 1 ? weightOf(d, strokes) : 1));
        }
        return Math.log(Math.max(1e-6, best));
    }

    private double weightOf(int digit, int strokes) {
        return weight[digit][Math.min(MOST, strokes)];
    }
}
