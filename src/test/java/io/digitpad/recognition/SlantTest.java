package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SlantTest {
    private static final int SIDE = 60;

    /** A bar 4 px wide, 50 px tall, leaning right by {@code lean} columns per row up. */
    private static float[] bar(double lean) {
        float[] ink = new float[SIDE * SIDE];
        for (int y = 5; y < 55; y++) {
            int left = (int) Math.round(30 - lean * (y - 30)) - 2;
            for (int x = left; x < left + 4; x++) {
                ink[y * SIDE + x] = 1f;
            }
        }
        return ink;
    }

    @Test
    void measuresHowFarADigitLeans() {
        assertThat(Slant.of(bar(0.4), SIDE, SIDE)).isCloseTo(-0.4, within(0.02));
        assertThat(Slant.of(bar(-0.3), SIDE, SIDE)).isCloseTo(0.3, within(0.02));
        assertThat(Slant.of(bar(0), SIDE, SIDE)).isZero();
    }

    @Test
    void aDigitLyingDownIsStraightenedOnlyAsFarAsAWriterSlants() {
        float[] lying = new float[SIDE * SIDE];
        for (int i = 5; i < 55; i++) {
            lying[i * SIDE + i] = 1f; // 45 degrees and beyond: a stroke, not a slant
            lying[i * SIDE + Math.min(SIDE - 1, i + 3)] = 1f;
        }
        assertThat(Slant.of(lying, SIDE, SIDE)).isLessThanOrEqualTo(Slant.MAX);
    }

    @Test
    void aLeaningBarStandsUprightAndKeepsItsInk() {
        float[] leaning = bar(0.4);
        Slant.Straightened upright =
                Slant.straightened(leaning, SIDE, SIDE, Slant.of(leaning, SIDE, SIDE));

        int left = upright.width();
        int right = -1;
        double before = 0;
        double after = 0;
        for (float v : leaning) {
            before += v;
        }
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < upright.width(); x++) {
                float v = upright.ink()[y * upright.width() + x];
                after += v;
                if (v >= 0.5f) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        // Leaning, the bar spans 24 columns; upright, its own width and a pixel of rounding.
        assertThat(right - left + 1).isLessThanOrEqualTo(6);
        assertThat(after).isCloseTo(before, within(before * 0.01));
    }
}
