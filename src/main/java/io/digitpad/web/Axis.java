package io.digitpad.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart axis from {@code min} to {@code max} with ticks every {@code step}, all round numbers (1,
 * 2 or 5 times a power of ten), mapped onto the pixels from {@code start} to {@code end}.
 */
record Axis(double min, double max, double step, double start, double end) {

    /**
     * The round-numbered axis that covers {@code low}-{@code high} in about {@code ticks} steps.
     */
    static Axis covering(double low, double high, int ticks, double start, double end) {
        if (high <= low) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.01;
            low -= pad;
            high += pad;
        }
        double step = roundStep((high - low) / ticks);
        double min = Math.floor(low / step + 1e-9) * step;
        double max = Math.ceil(high / step - 1e-9) * step;
        return new Axis(min, max, step, start, end);
    }

    /** Where {@code value} falls, in pixels. */
    double at(double value) {
        return start + (value - min) / (max - min) * (end - start);
    }

    /** The tick values, {@code min} to {@code max}. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    /** Decimals that tell the ticks apart when each is written times {@code scale}. */
    int decimals(double scale) {
        return (int) Math.max(0, -Math.floor(Math.log10(step * scale) + 1e-9));
    }

    private static double roundStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double mantissa = rough / power;
        double round = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10;
        return round * power;
    }
}
