package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NonDigitsTest {
    private static List<BufferedImage> sample;

    @BeforeAll
    static void draw() {
        sample = NonDigits.sample(30, 11);
    }

    @Test
    void the_same_seed_draws_the_same_pixels() {
        assertThat(Ink.samePixels(NonDigits.draw(5, 11), sample.get(5))).isTrue();
    }

    @Test
    void another_seed_draws_another_picture() {
        assertThat(Ink.samePixels(NonDigits.draw(5, 12), sample.get(5))).isFalse();
    }

    @Test
    void canvases_are_400_by_400_argb_black_on_white() {
        for (BufferedImage image : sample) {
            assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
            assertThat(image.getWidth()).isEqualTo(400);
            assertThat(image.getHeight()).isEqualTo(400);
            assertThat(Ink.isOpaqueGrey(image)).isTrue();
            assertThat(Ink.darkest(image)).isZero();
        }
    }

    @Test
    void drawings_stay_on_the_canvas() {
        for (BufferedImage image : sample) {
            assertThat(Ink.hasWhiteBorder(image)).isTrue();
        }
    }

    @Test
    void drawings_are_at_least_100_pixels_tall_or_fill_the_width() {
        for (BufferedImage image : sample) {
            Rectangle bounds = Ink.bounds(image);
            assertThat(Math.max(bounds.width, bounds.height)).isBetween(99, 398);
        }
    }
}
