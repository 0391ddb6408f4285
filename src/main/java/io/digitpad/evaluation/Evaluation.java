package io.digitpad.evaluation;

import io.digitpad.model.DigitNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** The per-digit accuracy and the confusion matrix, as {@code evaluate} prints them. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Accuracy per digit:");
        double[] perClass = perClassAccuracy();
        for (int d = 0; d < perClass.length; d++) {
            lines.add(String.format(Locale.ROOT, "  %d  %6.2f%%", d, 100 * perClass[d]));
        }
        lines.add("");
        lines.add("Confusion matrix (rows: true digit, columns: predicted):");
        StringBuilder header = new StringBuilder("      ");
        for (int d = 0; d < confusion.length; d++) {
            header.append(String.format(Locale.ROOT, "%6d", d));
        }
        lines.add(header.toString());
        for (int actual = 0; actual < confusion.length; actual++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %d   ", actual));
            for (int count : confusion[actual]) {
                row.append(String.format(Locale.ROOT, "%6d", count));
            }
            lines.add(row.toString());
        }
        return lines;
    }
}
