package io.digitpad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistIdxReaderTest {
    private static final int IMAGES = 0x00000803;
    private static final int LABELS = 0x00000801;
    private static final int PIXELS = 28 * 28;

    @TempDir Path dir;

    @Test
    void valid_image_file_is_read_pixel_for_pixel() throws IOException {
        byte[] pixels = randomBytes(3 * PIXELS);
        Path file = write("images.idx", idx(IMAGES, new int[] {3, 28, 28}, pixels));

        assertThat(MnistIdxReader.readImages(file, 3)).isEqualTo(pixels);
    }

    @Test
    void valid_label_file_is_read() throws IOException {
        Path file = write("labels.idx", idx(LABELS, new int[] {4}, new byte[] {7, 2, 1, 0}));

        assertThat(MnistIdxReader.readLabels(file, 4)).containsExactly(7, 2, 1, 0);
    }

    @Test
    void gzip_compressed_file_is_read_the_same_as_raw() throws IOException {
        byte[] pixels = randomBytes(2 * PIXELS);
        byte[] raw = idx(IMAGES, new int[] {2, 28, 28}, pixels);
        Path plain = write("images.idx", raw);
        Path gz = write("images.idx.gz", gzip(raw));

        assertThat(MnistIdxReader.readImages(gz, 2))
                .isEqualTo(MnistIdxReader.readImages(plain, 2))
                .isEqualTo(pixels);
    }

    @Test
    void gzip_compressed_file_is_recognised_by_its_content_not_its_name() throws IOException {
        byte[] labels = {3, 1, 4};
        Path file = write("labels-without-suffix", gzip(idx(LABELS, new int[] {3}, labels)));

        assertThat(MnistIdxReader.readLabels(file, 3)).containsExactly(3, 1, 4);
    }

    @Test
    void bad_magic_number_names_the_file_and_the_found_and_expected_magic() throws IOException {
        Path file = write("bad-magic.idx", idx(0x12340801, new int[] {2}, new byte[] {1, 2}));

        assertThatThrownBy(() -> MnistIdxReader.readLabels(file, 2))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not an MNIST IDX file")
                .hasMessageContaining("0x12340801")
                .hasMessageContaining("expected 0x00000801");
    }

    @Test
    void wrong_type_byte_is_refused_with_the_found_magic() throws IOException {
        // 0x0D is IDX's "float" type; MNIST is unsigned bytes (0x08).
        Path file = write("floats.idx", idx(0x00000D01, new int[] {1}, new byte[4]));

        assertThatThrownBy(() -> MnistIdxReader.readLabels(file, 1))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("0x00000D01")
                .hasMessageContaining("expected 0x00000801");
    }

    @Test
    void image_file_given_as_labels_names_the_found_and_expected_dimensions() throws IOException {
        Path file = write("images.idx", idx(IMAGES, new int[] {1, 28, 28}, new byte[PIXELS]));

        assertThatThrownBy(() -> MnistIdxReader.readLabels(file, 1))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("has 3 dimensions, expected 1");
    }

    @Test
    void label_file_given_as_images_names_the_found_and_expected_dimensions() throws IOException {
        Path file = write("labels.idx", idx(LABELS, new int[] {1}, new byte[] {5}));

        assertThatThrownBy(() -> MnistIdxReader.readImages(file, 1))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("has 1 dimensions, expected 3");
    }

    @Test
    void images_27_columns_wide_name_the_dimension_found_and_expected() throws IOException {
        Path file = write("narrow.idx", idx(IMAGES, new int[] {2, 28, 27}, new byte[2 * 28 * 27]));

        assertThatThrownBy(() -> MnistIdxReader.readImages(file, 2))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("dimension 2 is 27, expected 28");
    }

    @Test
    void wrong_image_count_names_the_count_found_and_expected() throws IOException {
        Path file = write("five.idx", idx(IMAGES, new int[] {5, 28, 28}, new byte[5 * PIXELS]));

        assertThatThrownBy(() -> MnistIdxReader.readImages(file, 3))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("dimension 0 is 5, expected 3");
    }

    @Test
    void truncated_image_file_names_the_missing_bytes() throws IOException {
        byte[] full = idx(IMAGES, new int[] {2, 28, 28}, new byte[2 * PIXELS]);
        Path file = write("truncated.idx", Arrays.copyOf(full, full.length - 100));

        assertThatThrownBy(() -> MnistIdxReader.readImages(file, 2))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("truncated")
                .hasMessageContaining("expected " + 2 * PIXELS + " data bytes but found " + 1468);
    }

    @Test
    void truncated_gzip_file_is_reported_as_truncated() throws IOException {
        byte[] compressed = gzip(idx(IMAGES, new int[] {2, 28, 28}, randomBytes(2 * PIXELS)));
        Path file = write("truncated.idx.gz", Arrays.copyOf(compressed, compressed.length / 2));

        // The header decompressed fine: it is the data that is missing.
        assertThatThrownBy(() -> MnistIdxReader.readImages(file, 2))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("truncated")
                .hasMessageNotContaining("header");
    }

    @Test
    void trailing_bytes_after_the_data_are_refused() throws IOException {
        byte[] full = idx(LABELS, new int[] {3}, new byte[] {1, 2, 3});
        Path file = write("too-long.idx", Arrays.copyOf(full, full.length + 5));

        assertThatThrownBy(() -> MnistIdxReader.readLabels(file, 3))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("has data after the expected 3 bytes");
    }

    @Test
    void empty_file_is_reported_as_empty() throws IOException {
        Path file = write("empty.idx", new byte[0]);

        assertThatThrownBy(() -> MnistIdxReader.readImages(file, 1))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("empty");
    }

    @Test
    void header_only_file_reports_that_no_data_was_found() throws IOException {
        Path file = write("header-only.idx", idx(IMAGES, new int[] {1, 28, 28}, new byte[0]));

        assertThatThrownBy(() -> MnistIdxReader.readImages(file, 1))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("expected " + PIXELS + " data bytes but found 0");
    }

    @Test
    void file_cut_inside_the_dimensions_is_reported_as_truncated_header() throws IOException {
        byte[] header = idx(IMAGES, new int[] {1, 28, 28}, new byte[0]);
        Path file = write("cut-header.idx", Arrays.copyOf(header, 10));

        assertThatThrownBy(() -> MnistIdxReader.readImages(file, 1))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("truncated inside the IDX header");
    }

    @Test
    void label_outside_0_to_9_names_its_index_and_value() throws IOException {
        Path file = write("labels.idx", idx(LABELS, new int[] {3}, new byte[] {4, 10, 2}));

        assertThatThrownBy(() -> MnistIdxReader.readLabels(file, 3))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("label 1 is 10, not a digit 0-9");
    }

    @Test
    void label_byte_above_127_is_reported_as_unsigned_value() throws IOException {
        Path file = write("labels.idx", idx(LABELS, new int[] {2}, new byte[] {1, (byte) 200}));

        assertThatThrownBy(() -> MnistIdxReader.readLabels(file, 2))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("label 1 is 200, not a digit 0-9");
    }

    @Test
    void missing_file_is_named() {
        Path file = dir.resolve("nowhere.idx");

        assertThatThrownBy(() -> MnistIdxReader.readLabels(file, 1))
                .isInstanceOf(DataException.class)
                .hasMessage(file + ": no such file");
    }

    /** An IDX file: magic, one big-endian int per dimension, then {@code data} as given. */
    static byte[] idx(int magic, int[] dims, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
