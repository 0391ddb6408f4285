package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading only the pixels that can hold the ink's edge must find exactly the ink that reading every
 * pixel finds: the reference here reads every pixel of the same image, in a layout read pixel by
 * pixel.
 */
class InkCropTest {

    static Stream<Arguments> drawings() {
        return Stream.of(
                Arguments.of(
                        "black 7 on white, RGBA PNG",
                        png(drawn(Drawings.seven(), 250, 90, 70, Color.WHITE, Color.BLACK))),
                Arguments.of(
                        "opaque 1 on transparent, RGBA PNG",
                        png(drawn(Drawings.one(), 300, 40, 60, null, Color.BLACK))),
                Arguments.of(
                        "white 0 on black, RGB",
                        rgb(drawn(Drawings.zero(), 120, 260, 20, Color.BLACK, Color.WHITE))),
                Arguments.of(
                        "blue 7 on yellow paper, RGB",
                        rgb(drawn(Drawings.seven(), 250, 90, 70, Color.YELLOW, Color.BLUE))),
                Arguments.of(
                        "7 through the top-left corner, RGB",
                        rgb(drawn(Drawings.seven(), 300, -20, -20, Color.WHITE, Color.BLACK))),
                Arguments.of(
                        "7 on noisy paper, RGB",
                        rgb(noisy(drawn(Drawings.seven(), 250, 90, 70, Color.WHITE, Color.BLACK)))),
                Arguments.of(
                        "7 as a JPEG",
                        jpeg(drawn(Drawings.seven(), 250, 90, 70, Color.WHITE, Color.BLACK))),
                Arguments.of(
                        "7 on grey, 8-bit grey",
                        grey(drawn(Drawings.seven(), 250, 90, 70, Color.GRAY, Color.BLACK))),
                Arguments.of(
                        "7 on white, grey PNG",
                        png(grey(drawn(Drawings.seven(), 250, 90, 70, Color.WHITE, Color.BLACK)))),
                Arguments.of("the sample drawing of a 4", sample("drawn-4.png")),
                Arguments.of("the sample scribble", sample("scribble.png")),
                Arguments.of(
                        "a blank canvas",
                        rgb(Drawings.canvas(BufferedImage.TYPE_INT_RGB, Color.WHITE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drawings")
    void skipping_the_background_finds_the_same_ink_as_reading_every_pixel(
            String name, BufferedImage image) {
        InkCrop fast = InkCrop.of(image);
        InkCrop everyPixel = readEveryPixel(readPixelByPixel(image));

        assertThat(fast.left()).isEqualTo(everyPixel.left());
        assertThat(fast.top()).isEqualTo(everyPixel.top());
        assertThat(fast.width()).isEqualTo(everyPixel.width());
        assertThat(fast.height()).isEqualTo(everyPixel.height());
        assertThat(fast.max()).isEqualTo(everyPixel.max());
        assertThat(fast.ink()).containsExactly(everyPixel.ink());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drawings")
    void skipping_the_background_gives_the_network_the_same_28x28_input(
            String name, BufferedImage image) {
        DigitPreprocessor preprocessor = new DigitPreprocessor();

        assertThat(preprocessor.normalize(image).map(MnistImage::pixels))
                .usingRecursiveComparison()
                .isEqualTo(preprocessor.normalize(readPixelByPixel(image)).map(MnistImage::pixels));
    }

    /** The crop as its definition says: every pixel's ink, the box of those at noise or above. */
    private static InkCrop readEveryPixel(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        PixelRows rows = PixelRows.of(image);
        DigitPreprocessor.Background background = DigitPreprocessor.Background.estimate(rows, w, h);
        float[] luminance = new float[w];
        float[] alpha = new float[w];
        float[] ink = new float[w * h];
        float max = 0;
        int left = w;
        int top = h;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            rows.read(0, y, w, luminance, alpha);
            for (int x = 0; x < w; x++) {
                float v = background.inkOf(luminance[x], alpha[x]);
                if (v >= DigitPreprocessor.NOISE) {
                    ink[y * w + x] = v;
                    max = Math.max(max, v);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return new InkCrop(new float[0], 0, 0, 0, 0, 0f);
        }
        int boxWidth = right + 1 - left;
        float[] crop = new float[boxWidth * (bottom + 1 - top)];
        for (int y = top; y <= bottom; y++) {
            System.arraycopy(ink, y * w + left, crop, (y - top) * boxWidth, boxWidth);
        }
        return new InkCrop(crop, boxWidth, bottom + 1 - top, left, top, max);
    }

    /**
     * The same pixels in a layout without a byte buffer: ARGB ints for colour, 16-bit samples for
     * grey (v * 257 / 65535 is v / 255 exactly, so the grey levels read the same).
     */
    private static BufferedImage readPixelByPixel(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
            WritableRaster raster = copy.getRaster();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    raster.setSample(x, y, 0, image.getRaster().getSample(x, y, 0) * 257);
                }
            }
            return copy;
        }
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        copy.setRGB(0, 0, w, h, image.getRGB(0, 0, w, h, null, 0, w), 0, w);
        return copy;
    }

    /** {@code shape} drawn {@code size} px tall at (x, y) in {@code ink} on {@code paper}. */
    private static BufferedImage drawn(
            Shape shape, int size, int x, int y, Color paper, Color ink) {
        return Drawings.draw(
                Drawings.canvas(BufferedImage.TYPE_INT_ARGB, paper), shape, size, x, y, ink);
    }

    /** Paper grain: one pixel in ten a little darker, seeded. */
    private static BufferedImage noisy(BufferedImage image) {
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (random.nextInt(10) == 0) {
                    Color c = new Color(image.getRGB(x, y));
                    int d = random.nextInt(40);
                    image.setRGB(
                            x,
                            y,
                            new Color(
                                            Math.max(0, c.getRed() - d),
                                            Math.max(0, c.getGreen() - d),
                                            Math.max(0, c.getBlue() - d))
                                    .getRGB());
                }
            }
        }
        return image;
    }

    private static BufferedImage rgb(BufferedImage image) {
        return convert(image, BufferedImage.TYPE_3BYTE_BGR);
    }

    private static BufferedImage grey(BufferedImage image) {
        return convert(image, BufferedImage.TYPE_BYTE_GRAY);
    }

    private static BufferedImage convert(BufferedImage image, int type) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Encoded and decoded again, in the layout the image decoder gives PNGs. */
    private static BufferedImage png(BufferedImage image) {
        return decode(Drawings.encode(image, "png"));
    }

    private static BufferedImage jpeg(BufferedImage image) {
        return decode(Drawings.jpeg(rgb(image), 0.8f));
    }

    private static BufferedImage sample(String name) {
        try {
            return decode(Files.readAllBytes(Path.of("samples", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
