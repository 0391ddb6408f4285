package io.digitpad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgFontReaderTest {
    @TempDir Path folder;

    @Test
    void reads_each_digit_with_attributes_in_any_order_and_y_turned_downwards() throws IOException {
        Path file = font("<glyph d=\"M 10 0 L 10 700\" glyph-name=\"one\" unicode=\"1\"/>");

        StrokeFont font = SvgFontReader.read(file);

        assertThat(font.name()).isEqualTo("Test Font");
        assertThat(font.digit(1)).containsExactly(new double[] {10, 0, 10, -700});
        assertThat(font.digit(0)).containsExactly(new double[] {0, 0, 0, -500});
    }

    @Test
    void reads_a_file_whose_doctype_names_a_dtd_it_cannot_reach() throws IOException {
        // The real files name the SVG 1.1 DTD on the web: the reader must never go and get it.
        Path missing = folder.resolve("nowhere").resolve("svg11.dtd");
        Path file =
                write(
                        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \""
                                + missing.toUri()
                                + "\">"
                                + svg(""));

        assertThat(SvgFontReader.read(file).name()).isEqualTo("Test Font");
    }

    @Test
    void never_reads_an_external_entity() throws IOException {
        Path missing = folder.resolve("nowhere").resolve("secret.txt");
        Path file =
                write(
                        "<!DOCTYPE svg [<!ENTITY secret SYSTEM \""
                                + missing.toUri()
                                + "\">]>"
                                + svg("<metadata>&secret;</metadata>"));

        assertThat(SvgFontReader.read(file).name()).isEqualTo("Test Font");
    }

    @Test
    void a_missing_digit_is_named_with_the_file() throws IOException {
        Path file = write(svg("").replace("<glyph unicode=\"5\" d=\"M 0 0 L 0 500\"/>", ""));

        assertThatThrownBy(() -> SvgFontReader.read(file))
                .isInstanceOf(DataException.class)
                .hasMessage(file + ": no glyph for '5'");
    }

    @Test
    void a_curve_is_refused_with_the_file_and_glyph_named() throws IOException {
        Path file = font("<glyph unicode=\"3\" d=\"M 0 0 C 1 1 2 2 3 3\"/>");

        assertThatThrownBy(() -> SvgFontReader.read(file))
                .isInstanceOf(DataException.class)
                .hasMessage(file + ": glyph '3': unsupported path command 'C' (only M and L)");
    }

    @Test
    void a_file_that_is_not_xml_is_a_clear_error() throws IOException {
        Path file = write("{\"not\": \"svg\"}");

        assertThatThrownBy(() -> SvgFontReader.read(file))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith(file + ": not a readable SVG font (");
    }

    /** A font whose digits are vertical lines, with {@code extra} glyphs first. */
    private Path font(String extra) throws IOException {
        return write(svg(extra));
    }

    /**
     * An SVG font with {@code extra} first; every digit is a vertical line, so the first glyph for
     * a digit in {@code extra} is a duplicate unless that digit is skipped here.
     */
    private static String svg(String extra) {
        StringBuilder glyphs = new StringBuilder();
        for (int d = 0; d < 10; d++) {
            if (!extra.contains("unicode=\"" + d + "\"")) {
                glyphs.append("<glyph unicode=\"").append(d).append("\" d=\"M 0 0 L 0 500\"/>");
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"><defs><font"
                + " id=\"Test\"><font-face units-per-em=\"1000\" font-family=\"Test Font\"/>"
                + extra
                + glyphs
                + "</font></defs></svg>";
    }

    private Path write(String content) throws IOException {
        return Files.writeString(folder.resolve("Test.svg"), content);
    }
}
