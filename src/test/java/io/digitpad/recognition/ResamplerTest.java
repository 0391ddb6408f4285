package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {

    @ParameterizedTest(name = "{0}x{1} -> {2}x{3}")
    @CsvSource({
        "228, 286, 16, 20", // a canvas digit to MNIST's box
        "228, 286, 64, 80", // to the detail a pen is redrawn at
        "7, 300, 1, 20", // a thin 1
        "300, 9, 20, 1",
        "12, 15, 16, 20", // enlarged
        "20, 20, 20, 20",
        "1, 1, 3, 5"
    })
    void gives_exactly_the_area_averages_and_bilinear_values_of_its_definition(
            int w, int h, int newW, int newH) {
        float[] image = new float[w * h];
        Random random = new Random(w * 31L + h);
        for (int y = 0; y < h; y++) {
            // Rows of paper, and ink that starts and ends anywhere along a row, as in a crop.
            int from = random.nextInt(w + 1);
            int to = from + random.nextInt(w + 1 - from);
            for (int x = from; x < to; x++) {
                image[y * w + x] = random.nextInt(3) == 0 ? 0f : random.nextFloat();
            }
        }

        assertThat(Resampler.resize(image, w, h, newW, newH))
                .containsExactly(byDefinition(image, w, h, newW, newH));
    }

    /** Each output pixel in turn, each axis in turn, the source pixels summed left to right. */
    private static float[] byDefinition(float[] src, int w, int h, int newW, int newH) {
        float[] rows = new float[newW * h];
        for (int y = 0; y < h; y++) {
            for (int i = 0; i < newW; i++) {
                rows[y * newW + i] = weightedSum(src, y * w, 1, w, i, newW);
            }
        }
        float[] out = new float[newW * newH];
        for (int i = 0; i < newH; i++) {
            for (int x = 0; x < newW; x++) {
                out[i * newW + x] = weightedSum(rows, x, newW, h, i, newH);
            }
        }
        return out;
    }

    /** Output pixel i of a line of {@code length} source pixels {@code step} apart. */
    private static float weightedSum(
            float[] src, int start, int step, int length, int i, int size) {
        float sum = 0;
        if (size <= length) {
            double ratio = (double) length / size;
            double from = i * ratio;
            double to = (i + 1) * ratio;
            int last = Math.min(length - 1, (int) Math.ceil(to) - 1);
            for (int s = (int) Math.floor(from); s <= last; s++) {
                double overlap = Math.min(to, s + 1) - Math.max(from, s);
                sum += (float) (Math.max(0, overlap) / ratio) * src[start + s * step];
            }
            return sum;
        }
        double centre = (i + 0.5) * length / size - 0.5;
        int left = (int) Math.floor(centre);
        if (left < 0) {
            return sum + 1f * src[start];
        }
        if (left >= length - 1) {
            return sum + 1f * src[start + (length - 1) * step];
        }
        double t = centre - left;
        sum += (float) (1 - t) * src[start + left * step];
        sum += (float) t * src[start + (left + 1) * step];
        return sum;
    }
}
