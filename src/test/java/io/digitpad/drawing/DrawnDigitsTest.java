package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DrawnDigitsTest {
    private static MnistSet test;
    private static List<DrawnDigit> sample;

    @BeforeAll
    static void draw() {
        test = TestData.mnist().test();
        sample = DrawnDigits.sample(test, 40, 7);
    }

    @Test
    void the_same_seed_draws_the_same_pixels() {
        DrawnDigit again = DrawnDigits.draw(test, sample.get(3).mnistIndex(), 7);

        assertThat(Ink.samePixels(again.image(), sample.get(3).image())).isTrue();
    }

    @Test
    void a_tap_is_one_dot_beside_the_same_drawing_well_away_from_its_ink() {
        for (DrawnDigit digit : sample) {
            BufferedImage plain = digit.image();
            BufferedImage tapped = DrawnDigits.drawTapped(test, digit.mnistIndex(), 7).image();

            Rectangle added = null;
            for (int y = 0; y < plain.getHeight(); y++) {
                for (int x = 0; x < plain.getWidth(); x++) {
                    if (plain.getRGB(x, y) != tapped.getRGB(x, y)) {
                        Rectangle pixel = new Rectangle(x, y, 1, 1);
                        added = added == null ? pixel : added.union(pixel);
                    }
                }
            }
            assertThat(added).as("the tap on test image %d", digit.mnistIndex()).isNotNull();
            assertThat(added.width).isBetween(3, 45);
            assertThat(Math.abs(added.width - added.height)).isLessThanOrEqualTo(1);
            boolean nearInk = false;
            for (int y = added.y; y < added.y + added.height; y++) {
                for (int x = added.x; x < added.x + added.width; x++) {
                    nearInk |= nearDark(plain, x, y);
                }
            }
            assertThat(nearInk).isFalse();
        }
    }

    /** Whether any pixel within the tap clearance of (x, y) on {@code canvas} holds ink. */
    private static boolean nearDark(BufferedImage canvas, int x, int y) {
        int r = DrawingCanvas.TAP_CLEARANCE;
        for (int yy = Math.max(0, y - r); yy < Math.min(canvas.getHeight(), y + r); yy++) {
            for (int xx = Math.max(0, x - r); xx < Math.min(canvas.getWidth(), x + r); xx++) {
                if ((canvas.getRGB(xx, yy) & 0xFF) < 128) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void another_seed_draws_another_picture() {
        DrawnDigit other = DrawnDigits.draw(test, sample.get(3).mnistIndex(), 8);

        assertThat(Ink.samePixels(other.image(), sample.get(3).image())).isFalse();
    }

    @Test
    void a_digit_is_drawn_the_same_in_a_sample_of_any_size() {
        DrawnDigit inSmallSample = DrawnDigits.sample(test, 4, 7).get(0);

        assertThat(inSmallSample.mnistIndex()).isEqualTo(sample.get(0).mnistIndex());
        assertThat(Ink.samePixels(inSmallSample.image(), sample.get(0).image())).isTrue();
    }

    @Test
    void canvases_are_400_by_400_argb_black_on_white_like_the_page() {
        for (DrawnDigit digit : sample) {
            BufferedImage image = digit.image();
            assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
            assertThat(image.getWidth()).isEqualTo(400);
            assertThat(image.getHeight()).isEqualTo(400);
            assertThat(Ink.isOpaqueGrey(image)).isTrue();
            assertThat(Ink.darkest(image)).isZero();
        }
    }

    @Test
    void ink_is_100_to_380_pixels_tall() {
        for (DrawnDigit digit : sample) {
            assertThat(Ink.bounds(digit.image()).height)
                    .as("height of test digit %d", digit.mnistIndex())
                    .isBetween(99, 381);
        }
    }

    @Test
    void heights_cover_the_range() {
        int[] heights = sample.stream().mapToInt(d -> Ink.bounds(d.image()).height).toArray();

        assertThat(Arrays.stream(heights).min().orElseThrow()).isLessThan(160);
        assertThat(Arrays.stream(heights).max().orElseThrow()).isGreaterThan(320);
    }

    @Test
    void the_digit_stays_on_the_canvas() {
        for (DrawnDigit digit : sample) {
            assertThat(Ink.hasWhiteBorder(digit.image()))
                    .as("border of test digit %d", digit.mnistIndex())
                    .isTrue();
        }
    }

    @Test
    void places_vary_over_the_canvas() {
        List<Rectangle> bounds = sample.stream().map(d -> Ink.bounds(d.image())).toList();

        assertThat(bounds).anyMatch(b -> b.x < 40).anyMatch(b -> b.x + b.width > 360);
        assertThat(bounds).anyMatch(b -> b.y < 40).anyMatch(b -> b.y + b.height > 360);
    }

    @Test
    void labels_and_indices_come_from_the_test_set() {
        for (DrawnDigit digit : sample) {
            assertThat(digit.label()).isEqualTo(test.label(digit.mnistIndex()));
        }
    }

    @Test
    void indices_spread_over_the_whole_test_set_in_order() {
        int[] indices = DrawnDigits.indices(test, 100);

        assertThat(indices).hasSize(100).isSorted().doesNotHaveDuplicates();
        assertThat(indices[0]).isLessThan(100);
        assertThat(indices[99]).isGreaterThanOrEqualTo(9_900);
        assertThat(IntStream.of(indices).map(test::label).distinct().count()).isEqualTo(10);
    }

    @Test
    void a_png_decodes_to_the_same_canvas() throws Exception {
        DrawnDigit digit = sample.get(0);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(digit.toPng()));

        assertThat(Ink.samePixels(decoded, digit.image())).isTrue();
    }
}
