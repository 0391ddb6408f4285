package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.TestData;
import io.digitpad.data.StrokeFont;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TypefaceDigitsTest {
    private static List<StrokeFont> fonts;
    private static StrokeFont sans;

    @BeforeAll
    static void readFonts() {
        fonts = TestData.strokeFonts();
        sans = fonts.get(0);
    }

    @Test
    void the_same_seed_draws_the_same_pixels() {
        BufferedImage first = TypefaceDigits.draw(sans, 4, 2, 7);
        BufferedImage again = TypefaceDigits.draw(sans, 4, 2, 7);

        assertThat(Ink.samePixels(again, first)).isTrue();
    }

    @Test
    void another_copy_draws_another_picture() {
        assertThat(
                        Ink.samePixels(
                                TypefaceDigits.draw(sans, 4, 2, 7),
                                TypefaceDigits.draw(sans, 4, 3, 7)))
                .isFalse();
    }

    @Test
    void another_seed_draws_another_picture() {
        assertThat(
                        Ink.samePixels(
                                TypefaceDigits.draw(sans, 4, 2, 7),
                                TypefaceDigits.draw(sans, 4, 2, 8)))
                .isFalse();
    }

    @Test
    void the_same_glyph_in_the_same_place_differs_from_copy_to_copy() {
        // Copies differ in their warp, not only in size and place: drawn through the same
        // placement, two copies of a glyph still leave different ink.
        Placement placement = new Placement(300, 20, 0, 1, 0.5, 0.5);

        BufferedImage first = DrawingCanvas.draw(TypefaceDigits.warped(sans, 2, 0, 7), placement);
        BufferedImage second = DrawingCanvas.draw(TypefaceDigits.warped(sans, 2, 1, 7), placement);

        assertThat(Ink.samePixels(first, second)).isFalse();
    }

    @Test
    void every_digit_of_every_typeface_leaves_ink_inside_the_canvas() {
        for (StrokeFont font : fonts) {
            for (int d = 0; d < 10; d++) {
                BufferedImage canvas = TypefaceDigits.draw(font, d, 0, 7);

                assertThat(canvas.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
                assertThat(canvas.getWidth()).isEqualTo(400);
                assertThat(canvas.getHeight()).isEqualTo(400);
                assertThat(Ink.bounds(canvas)).as("ink of %s %d", font.name(), d).isNotNull();
                assertThat(Ink.hasWhiteBorder(canvas))
                        .as("border of %s %d", font.name(), d)
                        .isTrue();
            }
        }
    }

    @Test
    void drawn_sizes_vary_from_a_quarter_of_the_canvas_to_nearly_all_of_it() {
        int[] heights =
                IntStream.range(0, 40)
                        .mapToObj(copy -> Ink.bounds(TypefaceDigits.draw(sans, 8, copy, 7)))
                        .mapToInt(bounds -> bounds.height)
                        .toArray();

        assertThat(IntStream.of(heights).min().orElseThrow()).isLessThan(160);
        assertThat(IntStream.of(heights).max().orElseThrow()).isGreaterThan(320);
    }

    @Test
    void places_vary_over_the_canvas() {
        List<Rectangle> bounds =
                IntStream.range(0, 40)
                        .mapToObj(copy -> Ink.bounds(TypefaceDigits.draw(sans, 8, copy, 7)))
                        .toList();

        assertThat(bounds).anyMatch(b -> b.x < 40).anyMatch(b -> b.x + b.width > 360);
        assertThat(bounds).anyMatch(b -> b.y < 40).anyMatch(b -> b.y + b.height > 360);
    }
}
