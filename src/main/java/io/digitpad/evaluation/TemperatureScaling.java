package io.digitpad.evaluation;

/**
 * Calibrates confidence by temperature scaling (Guo et al. 2017, "On Calibration of Modern Neural
 * Networks"): one number T divides the logits so that, on held-out images, the probabilities match
 * how often the network is right. It never changes which digit wins.
 */
public final class TemperatureScaling {
    private static final int BINS = 15;

    private TemperatureScaling() {}

    /** The temperature minimising the negative log-likelihood of {@code labels}. */
    public static double fit(float[][] logits, int[] labels) {
        // NLL is convex in 1/T; golden-section search on log T over [0.05, 20] is plenty.
        double lo = Math.log(0.05);
        double hi = Math.log(20);
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 80; i++) {
            double a = hi - ratio * (hi - lo);
            double b = lo + ratio * (hi - lo);
            if (nll(logits, labels, Math.exp(a)) < nll(logits, labels, Math.exp(b))) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean negative log-likelihood of the labels at temperature {@code t}. */
    static double nll(float[][] logits, int[] labels, double t) {
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            sum -= Math.log(Math.max(1e-12, softmax(logits[i], t)[labels[i]]));
        }
        return sum / logits.length;
    }

    /**
     * Expected calibration error at temperature {@code t}: the gap between confidence and accuracy,
     * averaged over 15 equal-width confidence bins weighted by their size. 0 is perfect.
     */
    public static double expectedCalibrationError(float[][] logits, int[] labels, double t) {
        double[] confidence = new double[BINS];
        int[] correct = new int[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < logits.length; i++) {
            double[] p = softmax(logits[i], t);
            int best = argmax(p);
            int bin = Math.min(BINS - 1, (int) (p[best] * BINS));
            confidence[bin] += p[best];
            correct[bin] += best == labels[i] ? 1 : 0;
            count[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                ece += Math.abs(confidence[b] - correct[b]) / logits.length;
            }
        }
        return ece;
    }

    static double[] softmax(float[] logits, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v / t);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            p[k] = Math.exp(logits[k] / t - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
