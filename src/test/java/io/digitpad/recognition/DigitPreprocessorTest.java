package io.digitpad.recognition;

import static io.digitpad.recognition.Drawings.CANVAS;
import static io.digitpad.recognition.Drawings.alignedDifference;
import static io.digitpad.recognition.Drawings.canvas;
import static io.digitpad.recognition.Drawings.centreOfMass;
import static io.digitpad.recognition.Drawings.draw;
import static io.digitpad.recognition.Drawings.inkBox;
import static io.digitpad.recognition.Drawings.meanAbsoluteDifference;
import static io.digitpad.recognition.Drawings.onWhite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitPreprocessorTest {
    private static final Map<String, Shape> DIGITS =
            Map.of("7", Drawings.seven(), "1", Drawings.one(), "0", Drawings.zero());

    private final DigitPreprocessor preprocessor = new DigitPreprocessor();

    static Stream<Arguments> sizesAndPlaces() {
        return Stream.of("7", "1", "0")
                .flatMap(
                        digit ->
                                Stream.of(
                                        Arguments.of(digit, 100, 2, 2), // small, top left
                                        Arguments.of(digit, 100, 298, 298), // small, bottom right
                                        Arguments.of(digit, 250, 140, 10), // mid, top right
                                        Arguments.of(digit, 380, 10, 10), // fills the canvas
                                        Arguments.of(digit, 160, 120, 120))); // centre
    }

    @ParameterizedTest(name = "\"{0}\" {1} px tall at ({2},{3})")
    @MethodSource("sizesAndPlaces")
    void same_drawing_at_any_size_and_place_gives_nearly_the_same_digit(
            String digit, int size, int x, int y) {
        MnistImage reference = normalize(onWhite(DIGITS.get(digit), 250, 75, 75));

        MnistImage moved = normalize(onWhite(DIGITS.get(digit), size, x, y));

        assertThat(alignedDifference(moved, reference)).isLessThan(0.02);
    }

    @ParameterizedTest(name = "\"{0}\" {1} px tall at ({2},{3})")
    @MethodSource("sizesAndPlaces")
    void longer_side_of_the_ink_is_20_pixels(String digit, int size, int x, int y) {
        MnistImage image = normalize(onWhite(DIGITS.get(digit), size, x, y));

        int[] box = inkBox(image);
        assertThat(Math.max(box[0], box[1])).isEqualTo(20);
    }

    @ParameterizedTest(name = "\"{0}\" {1} px tall at ({2},{3})")
    @MethodSource("sizesAndPlaces")
    void centre_of_mass_is_at_the_centre_of_the_field(String digit, int size, int x, int y) {
        MnistImage image = normalize(onWhite(DIGITS.get(digit), size, x, y));

        // Placement on whole pixels leaves the centre at most half a pixel off (14, 14).
        double[] centre = centreOfMass(image);
        assertThat(centre[0]).isCloseTo(14, within(0.6));
        assertThat(centre[1]).isCloseTo(14, within(0.6));
    }

    // Without the redrawing, the differences are 0.05-0.08 for hairlines and 0.08-0.09 for
    // markers; eroding a marker cannot reopen where its strokes merged, hence its wider limit.
    @ParameterizedTest(name = "\"{0}\" with a {1} pen")
    @CsvSource({
        "7, 0.015, 0.03",
        "0, 0.015, 0.03",
        "1, 0.015, 0.03",
        "7, 0.35, 0.06",
        "0, 0.35, 0.06",
        "1, 0.35, 0.06"
    })
    void hairlines_and_markers_come_out_as_if_drawn_with_the_nearest_usual_pen(
            String digit, double pen, double limit) {
        double nearestUsual = pen < DigitPreprocessor.THINNEST ? 0.1 : 0.2;
        MnistImage usual = normalize(drawnWith(digit, nearestUsual));

        MnistImage unusual = normalize(drawnWith(digit, pen));

        assertThat(alignedDifference(unusual, usual)).isLessThan(limit);
    }

    private static BufferedImage drawnWith(String digit, double pen) {
        return draw(
                canvas(BufferedImage.TYPE_INT_ARGB, Color.WHITE),
                DIGITS.get(digit),
                300,
                50,
                50,
                Color.BLACK,
                pen);
    }

    @Test
    void a_tap_far_from_the_digit_is_ignored() {
        MnistImage plain = normalize(onWhite(Drawings.seven(), 250, 40, 40));

        MnistImage tapped = normalize(withDot(onWhite(Drawings.seven(), 250, 40, 40), 370, 370));

        assertThat(meanAbsoluteDifference(tapped, plain)).isLessThan(0.001);
    }

    @Test
    void a_separate_mark_close_to_the_digit_is_kept_as_part_of_it() {
        MnistImage plain = normalize(onWhite(Drawings.seven(), 250, 40, 40));

        // Just right of the bar's end, as a detached flourish would be.
        MnistImage marked = normalize(withDot(onWhite(Drawings.seven(), 250, 40, 40), 230, 80));

        assertThat(meanAbsoluteDifference(marked, plain)).isGreaterThan(0.01);
    }

    @Test
    void a_tap_inside_the_digits_box_but_away_from_its_strokes_is_ignored() {
        MnistImage plain = normalize(onWhite(Drawings.seven(), 350, 25, 25));

        // The blank corner under the 7's bar, right of its stem.
        MnistImage tapped = normalize(withDot(onWhite(Drawings.seven(), 350, 25, 25), 236, 362));

        assertThat(meanAbsoluteDifference(tapped, plain)).isLessThan(0.001);
    }

    @Test
    void a_tap_beside_a_thin_one_is_ignored_though_it_is_a_good_share_of_the_ink() {
        // A 1 has little ink: a dot as wide as its pen is about an eighth of it.
        MnistImage plain = normalize(drawnWith(Drawings.one(), 100, 0.2));

        MnistImage tapped = normalize(withDot(drawnWith(Drawings.one(), 100, 0.2), 370, 370));

        assertThat(meanAbsoluteDifference(tapped, plain)).isLessThan(0.001);
    }

    @Test
    void a_fives_bar_drawn_apart_from_the_rest_is_kept() {
        // As large a share of the ink as a tap beside a 1, and as far from the rest, but a dash.
        Path2D.Double body = new Path2D.Double();
        body.moveTo(0.1, 0.35);
        body.lineTo(0.05, 0.6);
        body.curveTo(0.5, 0.45, 0.75, 0.8, 0.4, 1);
        body.lineTo(0, 0.9);
        Path2D.Double five = new Path2D.Double(body);
        five.moveTo(0.15, 0);
        five.lineTo(0.6, 0);

        MnistImage withBar = normalize(drawnWith(five, 250, 0.08));
        MnistImage withoutBar = normalize(drawnWith(body, 250, 0.08));

        assertThat(meanAbsoluteDifference(withBar, withoutBar)).isGreaterThan(0.01);
    }

    private static BufferedImage drawnWith(Shape digit, int size, double pen) {
        return draw(
                canvas(BufferedImage.TYPE_INT_ARGB, Color.WHITE),
                digit,
                size,
                100,
                100,
                Color.BLACK,
                pen);
    }

    /** {@code canvas} with a round dot as wide as the drawing's brush (20 px) at (x, y). */
    private static BufferedImage withDot(BufferedImage canvas, int x, int y) {
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.fill(new Ellipse2D.Double(x - 10, y - 10, 20, 20));
        g.dispose();
        return canvas;
    }

    @Test
    void ink_reaches_full_intensity_like_mnist() {
        MnistImage image = normalize(onWhite(Drawings.seven(), 250, 75, 75));

        float max = 0;
        for (float v : image.pixels()) {
            max = Math.max(max, v);
            assertThat(v).isBetween(0f, 1f);
        }
        assertThat(max).isEqualTo(1f);
    }

    @Test
    void blank_white_canvas_holds_no_digit() {
        BufferedImage white = canvas(BufferedImage.TYPE_INT_ARGB, Color.WHITE);

        assertThat(preprocessor.normalize(white)).isEmpty();
    }

    @Test
    void fully_transparent_canvas_holds_no_digit() {
        BufferedImage transparent = canvas(BufferedImage.TYPE_INT_ARGB, null);

        assertThat(preprocessor.normalize(transparent)).isEmpty();
    }

    @ParameterizedTest(name = "grey level {0}")
    @ValueSource(ints = {0, 64, 128, 200, 255})
    void uniform_image_of_any_grey_holds_no_digit(int level) {
        BufferedImage grey = canvas(BufferedImage.TYPE_INT_RGB, new Color(level, level, level));

        assertThat(preprocessor.normalize(grey)).isEmpty();
    }

    @Test
    void white_on_black_gives_the_same_digit_as_black_on_white() {
        BufferedImage dark =
                draw(
                        canvas(BufferedImage.TYPE_INT_RGB, Color.BLACK),
                        Drawings.seven(),
                        250,
                        75,
                        75,
                        Color.WHITE);

        assertThat(meanAbsoluteDifference(normalize(dark), blackOnWhiteSeven())).isLessThan(0.01);
    }

    @Test
    void dark_ink_on_a_transparent_canvas_gives_the_same_digit_as_on_white() {
        BufferedImage unfilled =
                draw(
                        canvas(BufferedImage.TYPE_INT_ARGB, null),
                        Drawings.seven(),
                        250,
                        75,
                        75,
                        Color.BLACK);

        assertThat(meanAbsoluteDifference(normalize(unfilled), blackOnWhiteSeven()))
                .isLessThan(0.01);
    }

    @Test
    void coloured_ink_on_light_grey_paper_gives_the_same_digit() {
        BufferedImage paper =
                draw(
                        canvas(BufferedImage.TYPE_INT_RGB, new Color(225, 225, 215)),
                        Drawings.seven(),
                        250,
                        75,
                        75,
                        new Color(20, 40, 150));

        assertThat(meanAbsoluteDifference(normalize(paper), blackOnWhiteSeven())).isLessThan(0.01);
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_3BYTE_BGR})
    void byte_rasters_as_decoders_make_them_give_exactly_the_digit_of_an_int_raster(int type) {
        BufferedImage ints = Drawings.onWhite(Drawings.seven(), 250, 75, 75);
        BufferedImage bytes = new BufferedImage(ints.getWidth(), ints.getHeight(), type);
        bytes.createGraphics().drawImage(ints, 0, 0, null);

        assertThat(normalize(bytes).pixels()).containsExactly(normalize(ints).pixels());
    }

    @Test
    void decoded_png_gives_exactly_the_digit_of_the_image_it_was_encoded_from() throws IOException {
        BufferedImage canvas = Drawings.onWhite(Drawings.seven(), 250, 75, 75);
        BufferedImage decoded =
                ImageIO.read(new ByteArrayInputStream(Drawings.encode(canvas, "png")));

        assertThat(normalize(decoded).pixels()).containsExactly(normalize(canvas).pixels());
    }

    @Test
    void eight_bit_grayscale_image_gives_the_same_digit() {
        BufferedImage grey =
                draw(
                        canvas(BufferedImage.TYPE_BYTE_GRAY, Color.WHITE),
                        Drawings.seven(),
                        250,
                        75,
                        75,
                        Color.BLACK);

        assertThat(meanAbsoluteDifference(normalize(grey), blackOnWhiteSeven())).isLessThan(0.01);
    }

    @Test
    void sixteen_bit_grey_png_gives_the_same_digit() throws IOException {
        BufferedImage grey16 =
                draw(
                        canvas(BufferedImage.TYPE_USHORT_GRAY, Color.WHITE),
                        Drawings.seven(),
                        250,
                        75,
                        75,
                        Color.BLACK);
        BufferedImage decoded =
                ImageIO.read(new ByteArrayInputStream(Drawings.encode(grey16, "png")));
        assertThat(decoded.getColorModel().getComponentSize(0)).isEqualTo(16);

        assertThat(meanAbsoluteDifference(normalize(decoded), blackOnWhiteSeven()))
                .isLessThan(0.01);
    }

    @Test
    void jpeg_compression_noise_around_the_digit_is_not_taken_for_ink() {
        BufferedImage rgb =
                draw(
                        canvas(BufferedImage.TYPE_INT_RGB, Color.WHITE),
                        Drawings.seven(),
                        250,
                        75,
                        75,
                        Color.BLACK);
        BufferedImage noisy = new ImageDecoder().decode(Drawings.jpeg(rgb, 0.3f));

        MnistImage image = normalize(noisy);

        int[] box = inkBox(image);
        assertThat(Math.max(box[0], box[1])).isEqualTo(20);
        assertThat(meanAbsoluteDifference(image, blackOnWhiteSeven())).isLessThan(0.02);
    }

    @Test
    void digit_in_a_non_square_photo_is_found() {
        BufferedImage wide = new BufferedImage(CANVAS * 2, CANVAS / 2, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = wide.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, wide.getWidth(), wide.getHeight());
        g.dispose();
        draw(wide, Drawings.seven(), 160, 500, 20, Color.BLACK);

        MnistImage image = normalize(wide);

        assertThat(alignedDifference(image, blackOnWhiteSeven())).isLessThan(0.02);
    }

    private MnistImage blackOnWhiteSeven() {
        return normalize(onWhite(Drawings.seven(), 250, 75, 75));
    }

    private MnistImage normalize(BufferedImage image) {
        Optional<MnistImage> digit = preprocessor.normalize(image);
        assertThat(digit).as("a digit is found").isPresent();
        return digit.get();
    }
}
