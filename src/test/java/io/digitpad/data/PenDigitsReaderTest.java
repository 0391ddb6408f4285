package io.digitpad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PenDigitsReaderTest {
    private static final String TWO_DIGITS =
            """
            .INCLUDE        dene.doc

            .LEXICON "0" "1" "2" "3" "4" "5" "6" "7" "8" "9"
            .HIERARCHY      DIGIT

            .SEGMENT DIGIT    0 ? "7"
            .COMMENT 7 12  224
            .PEN_DOWN
             100  400
             300  400
             200  100
            .PEN_UP
            .DT 100
            .PEN_DOWN
             150  250
             250  250
            .PEN_UP
            .DT 100

            .SEGMENT DIGIT    1 ? "1"
            .COMMENT 1 3   54
            .PEN_DOWN
             200  400
            .PEN_UP
            """;

    @TempDir Path dir;

    @Test
    void the_bundled_file_holds_7494_digits_of_30_writers() {
        PenDigits all = PenDigits.bundled();

        assertThat(all.size()).isEqualTo(7494);
        assertThat(all.writers()).hasSize(30).startsWith(1).endsWith(30);
        PenDigit first = all.get(0);
        assertThat(first.digit()).isEqualTo(8);
        assertThat(first.writer()).isEqualTo(12);
        assertThat(first.strokes().get(0).x()[0]).isEqualTo(267);
        assertThat(first.strokes().get(0).y()[0]).isEqualTo(333);
    }

    @Test
    void reads_digits_their_writers_and_every_stroke_in_order() {
        PenDigits digits = PenDigitsReader.read(write("two.tra", TWO_DIGITS));

        assertThat(digits.size()).isEqualTo(2);
        PenDigit seven = digits.get(0);
        assertThat(seven.digit()).isEqualTo(7);
        assertThat(seven.writer()).isEqualTo(12);
        assertThat(seven.strokes()).hasSize(2);
        assertThat(seven.strokes().get(0).x()).containsExactly(100, 300, 200);
        assertThat(seven.strokes().get(0).y()).containsExactly(400, 400, 100);
        assertThat(seven.strokes().get(1).size()).isEqualTo(2);
        assertThat(digits.get(1).strokes().get(0).size()).isEqualTo(1);
    }

    @Test
    void reads_gzip_compressed_files_too() throws IOException {
        Path file = dir.resolve("two.tra.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(TWO_DIGITS.getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(PenDigitsReader.read(file).size()).isEqualTo(2);
    }

    @Test
    void a_missing_file_is_named() {
        Path missing = dir.resolve("nothing.tra");

        assertThatThrownBy(() -> PenDigitsReader.read(missing))
                .isInstanceOf(DataException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void a_file_without_digits_is_refused() {
        assertThatThrownBy(() -> PenDigitsReader.read(write("empty.tra", "")))
                .hasMessageEndingWith("empty.tra: holds no pen digits (no .SEGMENT DIGIT line)");
    }

    @Test
    void a_label_that_is_not_a_digit_is_refused_with_its_line() {
        assertFault(
                TWO_DIGITS.replace("? \"7\"", "? \"x\""), "line 6: the label 'x' is not a digit");
    }

    @Test
    void a_comment_that_disagrees_with_the_label_is_refused() {
        assertFault(
                TWO_DIGITS.replace(".COMMENT 7 12", ".COMMENT 4 12"),
                "line 7: the comment says digit 4, the segment 7");
    }

    @Test
    void a_digit_without_a_writer_is_refused() {
        assertFault(
                TWO_DIGITS.replace(".COMMENT 1 3   54\n", ""),
                "the digit before this line has no .COMMENT naming its writer");
    }

    @Test
    void a_point_outside_a_stroke_is_refused() {
        assertFault(
                TWO_DIGITS.replace(".COMMENT 7 12  224\n", ".COMMENT 7 12  224\n 5 5\n"),
                "line 8: a point outside a stroke (no .PEN_DOWN before it)");
    }

    @Test
    void a_stroke_left_open_is_refused() {
        assertFault(
                TWO_DIGITS.replaceFirst("\\.PEN_UP", ""),
                "line 14: .PEN_DOWN inside a stroke (no .PEN_UP before it)");
    }

    @Test
    void a_file_that_ends_inside_a_stroke_is_refused() {
        assertFault(
                TWO_DIGITS.substring(0, TWO_DIGITS.lastIndexOf(".PEN_UP")),
                "the digit ends inside a stroke (no .PEN_UP)");
    }

    @Test
    void a_point_that_is_not_two_numbers_is_refused() {
        assertFault(
                TWO_DIGITS.replace(" 300  400", " 300  four"),
                "line 10: '300  four' is not a point 'x y'");
    }

    @Test
    void an_unknown_keyword_is_refused() {
        assertFault(TWO_DIGITS.replace(".DT 100", ".WHAT 1"), "line 13: unexpected line '.WHAT 1'");
    }

    private void assertFault(String content, String message) {
        Path file = write("broken.tra", content);
        assertThatThrownBy(() -> PenDigitsReader.read(file))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
