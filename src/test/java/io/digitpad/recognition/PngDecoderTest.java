package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every PNG decodes to exactly the pixels, and the colour space, that the ImageIO path gives it,
 * and so to the same 28x28 input.
 */
class PngDecoderTest {
    private static final String[] FILTERS = {"none", "sub", "up", "average", "paeth"};

    private final ImageDecoder decoder = new ImageDecoder();

    static Stream<Arguments> colourTypesAndFilters() {
        return IntStream.of(0, 2, 4, 6)
                .boxed()
                .flatMap(type -> IntStream.range(0, 6).mapToObj(f -> Arguments.of(type, f)));
    }

    @ParameterizedTest(name = "colour type {0}, filter {1} (5: each row another)")
    @MethodSource("colourTypesAndFilters")
    void decodes_every_colour_type_and_row_filter_as_imageio_does(int colourType, int filter) {
        byte[] png = Png.write(57, 43, colourType, drawing(57, 43, colourType), filter, 3);

        assertSameAsImageIo(png);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "drawn-0.png",
                "drawn-4.png",
                "drawn-7.png",
                "blank.png",
                "scribble.png",
                "number-74842.png"
            })
    void decodes_the_sample_drawings_as_imageio_does(String sample) throws IOException {
        assertSameAsImageIo(Files.readAllBytes(Path.of("samples", sample)));
    }

    @Test
    void decodes_what_imageio_writes_for_a_canvas_as_imageio_does() {
        BufferedImage canvas = Drawings.onWhite(Drawings.seven(), 250, 80, 60);

        assertSameAsImageIo(Drawings.encode(canvas, "png"));
    }

    @Test
    void image_data_split_over_many_chunks_decodes_as_imageio_does() {
        assertSameAsImageIo(Png.write(200, 150, 6, drawing(200, 150, 6), 4, 97));
    }

    @Test
    void leaves_palettes_sixteen_bits_and_interlacing_to_imageio() {
        BufferedImage drawn = Drawings.onWhite(Drawings.zero(), 200, 100, 100);
        BufferedImage palette = new BufferedImage(400, 400, BufferedImage.TYPE_BYTE_INDEXED);
        palette.createGraphics().drawImage(drawn, 0, 0, null);
        BufferedImage sixteen = new BufferedImage(400, 400, BufferedImage.TYPE_USHORT_GRAY);
        sixteen.createGraphics().drawImage(drawn, 0, 0, null);

        assertSameAsImageIo(Drawings.encode(palette, "png"));
        assertSameAsImageIo(Drawings.encode(sixteen, "png"));
        assertSameAsImageIo(interlaced(drawn));
    }

    @Test
    void leaves_transparency_chunks_to_imageio() {
        byte[] png = Png.write(40, 30, 2, drawing(40, 30, 2), 0, 1, "tRNS", new byte[6]);

        assertSameAsImageIo(png);
    }

    @Test
    void a_damaged_chunk_is_refused_as_before() {
        byte[] png = Png.write(60, 60, 6, drawing(60, 60, 6), 4, 1);
        byte[] damaged = png.clone();
        damaged[damaged.length - 20] ^= 0x55; // inside the image data; its CRC no longer matches

        assertThatThrownBy(() -> decoder.decode(damaged))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("corrupt or truncated");
    }

    @Test
    void a_truncated_file_is_refused_as_before() {
        byte[] png = Png.write(60, 60, 6, drawing(60, 60, 6), 4, 4);

        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(png, png.length / 2)))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("corrupt or truncated");
    }

    @Test
    void a_huge_image_is_refused_from_its_header() {
        byte[] png = Png.write(1, 1, 6, new byte[4], 0, 1);
        byte[] huge = Png.header(png, 50_000, 50_000);

        assertThatThrownBy(() -> decoder.decode(huge))
                .isInstanceOf(ImageException.class)
                .hasMessage(
                        "the PNG image is 50,000 x 50,000 pixels; the limit is 16,777,216 pixels");
    }

    @Test
    void a_stream_with_data_past_the_image_decodes_as_imageio_does() {
        byte[] png = Png.write(30, 20, 2, drawing(30, 20, 2), 1, 1);
        // Six more rows' worth than the header's 20: libdeflate refuses, the JDK's zlib reads on.
        byte[] longer = Png.write(30, 26, 2, drawing(30, 26, 2), 1, 1);
        byte[] spliced = Png.header(longer, 30, 20);

        assertSameAsImageIo(png);
        assertSameAsImageIo(spliced);
    }

    @Test
    void libdeflate_inflates_exactly_the_length_asked_or_refuses() throws Exception {
        assumeTrue(Libdeflate.available(), "libdeflate.so.0 is not installed here");
        byte[] pixels = drawing(64, 48, 6);
        byte[] stream = zlib(pixels);
        byte[][] read = new byte[1][];
        Libdeflate.Reader keep =
                inflated -> {
                    read[0] = new byte[inflated.remaining()];
                    inflated.get(read[0]);
                };

        assertThat(Libdeflate.inflate(stream, pixels.length, keep)).isTrue();
        assertThat(read[0]).isEqualTo(pixels);
        read[0] = null;
        assertThat(Libdeflate.inflate(stream, pixels.length - 1, keep)).isFalse();
        assertThat(Libdeflate.inflate(stream, pixels.length + 1, keep)).isFalse();
        byte[] damaged = stream.clone();
        damaged[damaged.length / 2] ^= 0x55;
        assertThat(Libdeflate.inflate(damaged, pixels.length, keep)).isFalse();
        assertThat(Libdeflate.inflate(Arrays.copyOf(stream, 9), pixels.length, keep)).isFalse();
        assertThat(read[0]).as("no reading of a refused stream").isNull();
    }

    @Test
    void decodes_a_canvas_as_imageio_does_however_many_decode_at_once() throws Exception {
        // Page-sized canvases share a few native buffers between threads: none may see another's.
        BufferedImage[] canvases = new BufferedImage[8];
        byte[][] pngs = new byte[8][];
        for (int i = 0; i < 8; i++) {
            canvases[i] = Drawings.onWhite(Drawings.seven(), 120 + 20 * i, 40 + 10 * i, 60);
            pngs[i] = Drawings.encode(canvases[i], "png");
        }
        int[][] expected = new int[8][];
        for (int i = 0; i < 8; i++) {
            expected[i] = samples(decoder.decodeWithImageIo(pngs[i]).getRaster());
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int n = 0; n < 64; n++) {
                int i = n % 8;
                same.add(
                        threads.submit(
                                () ->
                                        Arrays.equals(
                                                samples(decoder.decode(pngs[i]).getRaster()),
                                                expected[i])));
            }
            for (Future<Boolean> answer : same) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
    }

    /**
     * Decodes with libdeflate and without, each into a reused array left dirty by other pixels and
     * longer than needed, and compares both with ImageIO's pixels and 28x28 input.
     */
    private void assertSameAsImageIo(byte[] png) {
        BufferedImage theirs = decoder.decodeWithImageIo(png);
        for (boolean libdeflate : new boolean[] {true, false}) {
            assertSameAs(theirs, decodedByUs(png, libdeflate && Libdeflate.available()));
        }
    }

    private BufferedImage decodedByUs(byte[] png, boolean libdeflate) {
        PngDecoder.PixelBuffers dirty =
                length -> {
                    byte[] reused = new byte[length + 123];
                    Arrays.fill(reused, (byte) 0x5A);
                    return reused;
                };
        return PngDecoder.decode(png, (w, h) -> {}, dirty, libdeflate)
                .orElseGet(() -> decoder.decode(png));
    }

    private static byte[] zlib(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return compressed.toByteArray();
    }

    private static void assertSameAs(BufferedImage theirs, BufferedImage ours) {

        assertThat(ours.getWidth()).isEqualTo(theirs.getWidth());
        assertThat(ours.getHeight()).isEqualTo(theirs.getHeight());
        assertThat(ours.getColorModel().getColorSpace().getType())
                .isEqualTo(theirs.getColorModel().getColorSpace().getType());
        assertThat(ours.getColorModel().hasAlpha()).isEqualTo(theirs.getColorModel().hasAlpha());
        assertThat(samples(ours.getRaster())).isEqualTo(samples(theirs.getRaster()));
        assertThat(new DigitPreprocessor().normalize(ours).map(MnistImage::pixels))
                .usingRecursiveComparison()
                .isEqualTo(new DigitPreprocessor().normalize(theirs).map(MnistImage::pixels));
    }

    private static int[] samples(Raster raster) {
        return raster.getPixels(0, 0, raster.getWidth(), raster.getHeight(), (int[]) null);
    }

    /** A stroke on paper with seeded grain, and a gradient of opacity where there is alpha. */
    private static byte[] drawing(int w, int h, int colourType) {
        int bands =
                switch (colourType) {
                    case 0 -> 1;
                    case 2 -> 3;
                    case 4 -> 2;
                    default -> 4;
                };
        BufferedImage stroke =
                Drawings.draw(
                        Drawings.canvas(BufferedImage.TYPE_INT_ARGB, Color.WHITE),
                        Drawings.seven(),
                        300,
                        50,
                        50,
                        Color.BLUE);
        Random grain = new Random(colourType);
        byte[] samples = new byte[w * h * bands];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color c = new Color(stroke.getRGB(x * 400 / w, y * 400 / h));
                int[] pixel = {
                    c.getRed() - grain.nextInt(30), c.getGreen(), c.getBlue(), 255 * x / w
                };
                int i = (y * w + x) * bands;
                for (int b = 0; b < bands; b++) {
                    int band = bands <= 2 && b == 1 ? 3 : b; // grey + alpha
                    samples[i + b] = (byte) Math.max(0, pixel[band]);
                }
            }
        }
        return samples;
    }

    private static byte[] interlaced(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A minimal PNG writer that filters every row as asked (ImageIO's picks for itself). */
    private static final class Png {
        /**
         * An 8-bit PNG; {@code filter} 0-4 for every row or 5 for each row the next filter; the
         * compressed data split over {@code chunks} IDAT chunks; an extra chunk before them.
         */
        static byte[] write(
                int w,
                int h,
                int colourType,
                byte[] samples,
                int filter,
                int chunks,
                Object... extra) {
            int bands = samples.length / (w * h);
            int stride = w * bands;
            byte[] filtered = new byte[h * (stride + 1)];
            for (int y = 0; y < h; y++) {
                int type = filter == 5 ? y % 5 : filter;
                filtered[y * (stride + 1)] = (byte) type;
                for (int i = 0; i < stride; i++) {
                    int raw = samples[y * stride + i] & 0xFF;
                    int left = i < bands ? 0 : samples[y * stride + i - bands] & 0xFF;
                    int above = y == 0 ? 0 : samples[(y - 1) * stride + i] & 0xFF;
                    int corner =
                            y == 0 || i < bands ? 0 : samples[(y - 1) * stride + i - bands] & 0xFF;
                    int predicted =
                            switch (type) {
                                case 0 -> 0;
                                case 1 -> left;
                                case 2 -> above;
                                case 3 -> (left + above) / 2;
                                default -> paeth(left, above, corner);
                            };
                    filtered[y * (stride + 1) + 1 + i] = (byte) (raw - predicted);
                }
            }
            byte[] data = zlib(filtered);

            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(ihdr)) {
                out.writeInt(w);
                out.writeInt(h);
                out.write(new byte[] {8, (byte) colourType, 0, 0, 0});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            chunk(file, "IHDR", ihdr.toByteArray());
            if (extra.length == 2) {
                chunk(file, (String) extra[0], (byte[]) extra[1]);
            }
            int part = (data.length + chunks - 1) / chunks;
            for (int from = 0; from < data.length; from += part) {
                chunk(
                        file,
                        "IDAT",
                        Arrays.copyOfRange(data, from, Math.min(data.length, from + part)));
            }
            chunk(file, "IEND", new byte[0]);
            return file.toByteArray();
        }

        /** The same file with another size in its header (and the header's CRC made right). */
        static byte[] header(byte[] png, int w, int h) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(Arrays.copyOf(png, 8));
            byte[] ihdr = Arrays.copyOfRange(png, 16, 29);
            ihdr[0] = (byte) (w >>> 24);
            ihdr[1] = (byte) (w >>> 16);
            ihdr[2] = (byte) (w >>> 8);
            ihdr[3] = (byte) w;
            ihdr[4] = (byte) (h >>> 24);
            ihdr[5] = (byte) (h >>> 16);
            ihdr[6] = (byte) (h >>> 8);
            ihdr[7] = (byte) h;
            chunk(file, "IHDR", ihdr);
            file.writeBytes(Arrays.copyOfRange(png, 33, png.length));
            return file.toByteArray();
        }

        private static void chunk(ByteArrayOutputStream file, String type, byte[] data) {
            byte[] name = type.getBytes(StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            try (DataOutputStream out = new DataOutputStream(file)) {
                out.writeInt(data.length);
                out.write(name);
                out.write(data);
                out.writeInt((int) crc.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int paeth(int a, int b, int c) {
            int p = a + b - c;
            int pa = Math.abs(p - a);
            int pb = Math.abs(p - b);
            int pc = Math.abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
