package io.digitpad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.digitpad.TestData;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typefaces as read from the real hersheytext@2.0.0 files. */
class StrokeFontsTest {
    private static List<StrokeFont> fonts;

    @BeforeAll
    static void readRealFonts() {
        fonts = TestData.strokeFonts();
    }

    @Test
    void six_hershey_and_nine_ems_typefaces_with_readable_names() {
        assertThat(fonts)
                .extracting(StrokeFont::name)
                .containsExactly(
                        "Hershey Sans",
                        "Hershey Sans Bold",
                        "Hershey Script",
                        "Hershey Serif",
                        "Hershey Serif Bold",
                        "Hershey Serif Bold Italic",
                        "EMS Allure",
                        "EMS Elfin",
                        "EMS Felix",
                        "EMS Nixish",
                        "EMS Nixish Italic",
                        "EMS Osmotron",
                        "EMS Readability",
                        "EMS Readability Italic",
                        "EMS Tech");
    }

    @Test
    void every_typeface_has_all_ten_digits_each_with_at_least_one_stroke() {
        for (StrokeFont font : fonts) {
            assertThat(font.digits()).as(font.name()).hasSize(10);
            for (int d = 0; d < 10; d++) {
                assertThat(font.digit(d)).as("%s digit %d", font.name(), d).isNotEmpty();
                for (double[] stroke : font.digit(d)) {
                    assertThat(stroke.length).isGreaterThanOrEqualTo(4).isEven();
                    assertThat(Arrays.stream(stroke).allMatch(Double::isFinite)).isTrue();
                }
            }
        }
    }

    @Test
    void hershey_sans_one_is_a_single_stroke_much_taller_than_wide() {
        List<double[]> one = font("Hershey Sans").digit(1);

        assertThat(one).hasSize(1);
        double[] box = bounds(one);
        assertThat(height(box)).isGreaterThan(3 * width(box));
    }

    @Test
    void hershey_sans_zero_is_one_closed_loop() {
        List<double[]> zero = font("Hershey Sans").digit(0);

        assertThat(zero).hasSize(1);
        double[] loop = zero.get(0);
        assertThat(loop[loop.length - 2]).isEqualTo(loop[0]);
        assertThat(loop[loop.length - 1]).isEqualTo(loop[1]);
        assertThat(width(bounds(zero))).isGreaterThan(height(bounds(zero)) / 2);
    }

    @Test
    void ems_readability_seven_has_its_bar_at_the_top_so_y_grows_downwards() {
        List<double[]> seven = font("EMS Readability").digit(7);
        double[] box = bounds(seven);

        double[] bar = longestFlatSegment(seven);

        assertThat(bar[1]).isCloseTo(box[1], within(0.1 * height(box)));
        assertThat(Math.abs(bar[2] - bar[0])).isGreaterThan(width(box) / 2);
    }

    @Test
    void no_two_typefaces_draw_a_digit_the_same() {
        for (int d = 0; d < 10; d++) {
            for (int a = 0; a < fonts.size(); a++) {
                for (int b = a + 1; b < fonts.size(); b++) {
                    assertThat(
                                    Arrays.deepEquals(
                                            fonts.get(a).digit(d).toArray(),
                                            fonts.get(b).digit(d).toArray()))
                            .as("%s and %s, digit %d", fonts.get(a).name(), fonts.get(b).name(), d)
                            .isFalse();
                }
            }
        }
    }

    private static StrokeFont font(String name) {
        return fonts.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** minX, minY, maxX, maxY. */
    private static double[] bounds(List<double[]> strokes) {
        double[] box = {
            Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        for (double[] stroke : strokes) {
            for (int i = 0; i < stroke.length; i += 2) {
                box[0] = Math.min(box[0], stroke[i]);
                box[1] = Math.min(box[1], stroke[i + 1]);
                box[2] = Math.max(box[2], stroke[i]);
                box[3] = Math.max(box[3], stroke[i + 1]);
            }
        }
        return box;
    }

    private static double width(double[] box) {
        return box[2] - box[0];
    }

    private static double height(double[] box) {
        return box[3] - box[1];
    }

    /** x0, y0, x1, y1 of the longest segment less than 10 degrees from horizontal. */
    private static double[] longestFlatSegment(List<double[]> strokes) {
        double[] longest = null;
        for (double[] s : strokes) {
            for (int i = 0; i + 3 < s.length; i += 2) {
                double dx = s[i + 2] - s[i];
                double dy = s[i + 3] - s[i + 1];
                boolean flat = Math.abs(dy) < Math.tan(Math.toRadians(10)) * Math.abs(dx);
                if (flat && (longest == null || Math.abs(dx) > Math.abs(longest[2] - longest[0]))) {
                    longest = new double[] {s[i], s[i + 1], s[i + 2], s[i + 3]};
                }
            }
        }
        assertThat(longest).as("a horizontal segment").isNotNull();
        return longest;
    }
}
