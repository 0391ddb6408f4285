package io.digitpad.evaluation;

import io.digitpad.model.DigitNet;

/**
 * How well a model classifies a labelled set: accuracy, per-digit accuracy, confusion matrix.
 *
 * @param confusion {@code confusion[actual][predicted]} counts
 */
public record Evaluation(int[][] confusion) {

    /** Tallies predictions against labels. */
    public static Evaluation of(int[] labels, int[] predictions) {
        int[][] confusion = new int[DigitNet.CLASSES][DigitNet.CLASSES];
        for (int i = 0; i < labels.length; i++) {
            confusion[labels[i]][predictions[i]]++;
        }
        return new Evaluation(confusion);
    }

    /** Number of images evaluated. */
    public int total() {
        int total = 0;
        for (int[] row : confusion) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    /** Fraction classified right, 0-1. */
    public double accuracy() {
        int right = 0;
        for (int d = 0; d < confusion.length; d++) {
            right += confusion[d][d];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    /** For each digit, the fraction of its images classified right, 0-1. */
    public double[] perClassAccuracy() {
        double[] accuracy = new double[confusion.length];
        for (int d = 0; d < confusion.length; d++) {
            int count = 0;
            for (int n : confusion[d]) {
                count += n;
            }
            accuracy[d] = count == 0 ? 0 : (double) confusion[d][d] / count;
        }
        return accuracy;
    }
}
