package io.digitpad.evaluation;

import java.util.Arrays;

/**
 * The highest probability the network gave each image of a run, lowest first; 0 for an image where
 * it found no ink.
 */
public record Confidences(float[] ascending) {

    public Confidences {
        ascending = ascending.clone();
        Arrays.sort(ascending);
    }

    /** Number of images. */
    public int size() {
        return ascending.length;
    }

    /**
     * The confidence that {@code fraction} (0-1) of the images stay at or below (nearest rank), or
     * NaN when there are no images.
     */
    public float percentile(double fraction) {
        if (ascending.length == 0) {
            return Float.NaN;
        }
        int rank = (int) Math.ceil(fraction * ascending.length);
        return ascending[Math.max(0, Math.min(ascending.length - 1, rank - 1))];
    }

    /**
     * The fraction of images below {@code probability}: those a "not sure" cut there would catch.
     */
    public double fractionBelow(float probability) {
        if (ascending.length == 0) {
            return Double.NaN;
        }
        int below = 0;
        while (below < ascending.length && ascending[below] < probability) {
            below++;
        }
        return (double) below / ascending.length;
    }

    /** How many images got a confidence above {@code probability}. */
    public int countAbove(float probability) {
        int above = 0;
        for (int i = ascending.length - 1; i >= 0 && ascending[i] > probability; i--) {
            above++;
        }
        return above;
    }
}
