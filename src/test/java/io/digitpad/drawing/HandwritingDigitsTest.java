package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.data.HandwritingFonts;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandwritingDigitsTest {
    private static final List<Font> FONTS =
            HandwritingFonts.installed(HandwritingFonts.DEBIAN_FOLDER);

    @Test
    void all_eleven_hands_are_installed_as_ci_installs_them() {
        assertThat(FONTS)
                .as("install them with: apt-get install " + HandwritingFonts.PACKAGES)
                .hasSize(11);
        assertThat(FONTS).extracting(Font::getFamily).doesNotHaveDuplicates();
    }

    @Test
    void a_folder_without_the_fonts_has_none(@TempDir Path empty) {
        assertThat(HandwritingFonts.installed(empty)).isEmpty();
    }

    @Test
    void a_copy_is_the_same_picture_with_the_same_seed_and_another_with_another_copy() {
        Font font = FONTS.get(0);

        BufferedImage first = HandwritingDigits.draw(font, 4, 0, 1);

        assertThat(Ink.samePixels(first, HandwritingDigits.draw(font, 4, 0, 1))).isTrue();
        assertThat(Ink.samePixels(first, HandwritingDigits.draw(font, 4, 1, 1))).isFalse();
        assertThat(Ink.samePixels(first, HandwritingDigits.draw(font, 4, 0, 2))).isFalse();
    }

    @Test
    void every_digit_lies_whole_on_the_canvas_at_a_size_people_draw() {
        for (Font font : FONTS) {
            for (int digit = 0; digit < 10; digit++) {
                BufferedImage canvas = HandwritingDigits.draw(font, digit, 0, 1);

                Rectangle ink = Ink.bounds(canvas);
                assertThat(ink).as("%s %d", font.getFamily(), digit).isNotNull();
                assertThat(Math.max(ink.width, ink.height)).isBetween(80, 400);
                assertThat(Ink.hasWhiteBorder(canvas)).isTrue();
                assertThat(Ink.isOpaqueGrey(canvas)).isTrue();
            }
        }
    }
}
