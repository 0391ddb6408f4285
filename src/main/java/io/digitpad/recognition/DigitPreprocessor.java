package io.digitpad.recognition;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Turns any picture of one digit into the 28x28 image the network expects, the way MNIST itself was
 * made: find the ink, crop to it, scale it so its longer side is 20 pixels (keeping the aspect
 * ratio, anti-aliased), and put it in a 28x28 field with its centre of mass at the centre (LeCun et
 * al., "The MNIST database": "the images were centered in a 28x28 image by computing the center of
 * mass of the pixels"). Before it is scaled, a slanted digit is stood upright ({@link Slant}), as
 * the classic MNIST studies deskewed. Two steps MNIST did not need, since its digits were scanned
 * from forms filled in with pens: a small mark well away from the digit (a tap on the canvas) is
 * dropped, and a hairline or a marker far outside the pen widths MNIST writers used is redrawn with
 * a pen inside them.
 *
 * <p>Every step after the crop works on the ink shrunk to at most {@link #WORKING} pixels across,
 * whatever the canvas: a drawing costs about the same on a phone and on a 4K screen.
 *
 * <p>Ink is whatever differs from the background: dark on light or light on dark (the background is
 * read from the image border), or opaque on transparent (transparent pixels are background). Pure
 * Java, no engine: fast, and exactly testable. Thread-safe.
 */
public final class DigitPreprocessor {
    /** Side of the box the digit is scaled into, as in MNIST. */
    static final int BOX = 20;

    /** Ink fainter than this is paper texture, JPEG noise or anti-aliasing fringe. */
    static final float NOISE = 0.12f;

    /** An image whose strongest ink is fainter than this holds no digit. */
    static final float BLANK = 0.3f;

    /**
     * The pen widths, as a fraction of the ink's longer side, that a drawing keeps as it is. Within
     * them are 83% of MNIST's training digits ({@link PenWidth} on each, upsampled: median 0.12,
     * 14.7% below 0.10, 2.7% above 0.20). Outside them the network reads known shapes worse: on
     * drawn test digits, 97.7% right with a 1% pen and 91.6% with a 30% pen, against 98.9% at 12%.
     */
    static final double THINNEST = 0.10;

    static final double BOLDEST = 0.20;

    /** Size of the longer side at which a drawing is redrawn with another pen. */
    static final int DETAIL = 4 * BOX;

    /**
     * Longest side, in pixels, of the ink the steps after cropping work on: larger ink is shrunk to
     * it first. It is the size the pen is redrawn at and four times the 20 pixels the digit ends
     * at, so every step still sees each stroke several pixels wide, at a tenth of the cost of a
     * full canvas's crop; on the validation writers, drawn digits and typefaces the answers are as
     * right as at full resolution (docs/experiments.md#working-size).
     */
    static final int WORKING = DETAIL;

    private static final int SIDE = MnistImage.SIDE;

    /** The normalised digit, or empty when the image holds no ink at all. */
    public Optional<MnistImage> normalize(BufferedImage image) {
        return normalize(InkMap.of(image));
    }

    /**
     * Normalises an ink map (0 = background, 1 = full ink, row-major) the same way; training uses
     * this so that distorted training digits are framed exactly like drawings.
     */
    public static Optional<MnistImage> normalize(float[] ink, int width, int height) {
        return normalize(InkMap.of(ink, width, height));
    }

    private static Optional<MnistImage> normalize(InkMap map) {
        Box box = map.box();
        if (box == null || map.max() < BLANK) {
            return Optional.empty();
        }
        InkMap ink = upright(withUsualPen(atWorkingSize(withoutStrayMarks(map.cropped()))));
        box = ink.box();
        float scale = (float) BOX / Math.max(box.width(), box.height());
        int boxWidth = Math.max(1, Math.round(box.width() * scale));
        int boxHeight = Math.max(1, Math.round(box.height() * scale));
        float[] digit =
                Resampler.resize(ink.crop(box), box.width(), box.height(), boxWidth, boxHeight);
        stretchContrast(digit);
        return Optional.of(new MnistImage(centre(digit, boxWidth, boxHeight)));
    }

    /** The cropped ink, shrunk (area averaged) if its longer side is over {@link #WORKING}. */
    private static InkMap atWorkingSize(InkMap crop) {
        int w = crop.width();
        int h = crop.height();
        double side = Math.max(w, h);
        if (side <= WORKING) {
            return crop;
        }
        int workWidth = Math.max(1, (int) Math.round(w * WORKING / side));
        int workHeight = Math.max(1, (int) Math.round(h * WORKING / side));
        float[] work = Resampler.resize(crop.ink(), w, h, workWidth, workHeight);
        stretchContrast(work); // a hairline averaged down must stay ink, not turn to fringe
        InkMap shrunk = InkMap.of(work, workWidth, workHeight);
        return shrunk.box() == null ? crop : shrunk.cropped();
    }

    /** The ink with its slant removed ({@link Slant}), cropped again. */
    private static InkMap upright(InkMap crop) {
        double slant = Slant.of(crop.ink(), crop.width(), crop.height());
        if (slant == 0) {
            return crop;
        }
        Slant.Straightened straight =
                Slant.straightened(crop.ink(), crop.width(), crop.height(), slant);
        InkMap upright = InkMap.of(straight.ink(), straight.width(), crop.height());
        return upright.box() == null ? crop : upright.cropped();
    }

    /** The ink without taps and dots left away from the digit, cropped again if any went. */
    private static InkMap withoutStrayMarks(InkMap crop) {
        float[] kept = StrayMarks.erase(crop.ink(), crop.width(), crop.height());
        if (kept == crop.ink()) {
            return crop;
        }
        InkMap rest = InkMap.of(kept, crop.width(), crop.height());
        return rest.box() == null ? crop : rest.cropped();
    }

    /**
     * The ink redrawn with a pen in MNIST's usual range when its own pen is far outside it: a
     * hairline is widened to {@link #THINNEST}, a marker narrowed to {@link #BOLDEST}, at {@link
     * #DETAIL} pixels across so the new outline is smooth. Ink already in range is left alone.
     */
    private static InkMap withUsualPen(InkMap crop) {
        int w = crop.width();
        int h = crop.height();
        double side = Math.max(w, h);
        double pen = PenWidth.of(crop.ink(), w, h) / side;
        double wanted = Math.max(THINNEST, Math.min(BOLDEST, pen));
        if (pen == 0 || wanted == pen) {
            return crop;
        }
        int detailWidth = Math.max(1, (int) Math.round(w * DETAIL / side));
        int detailHeight = Math.max(1, (int) Math.round(h * DETAIL / side));
        float[] detail = Resampler.resize(crop.ink(), w, h, detailWidth, detailHeight);
        stretchContrast(detail);
        double widening = (wanted - pen) * DETAIL;
        // Room for the wider strokes, and for their soft edge.
        int margin = (int) Math.ceil(Math.max(0, widening / 2)) + 2;
        int paddedWidth = detailWidth + 2 * margin;
        int paddedHeight = detailHeight + 2 * margin;
        float[] padded = new float[paddedWidth * paddedHeight];
        for (int y = 0; y < detailHeight; y++) {
            System.arraycopy(
                    detail,
                    y * detailWidth,
                    padded,
                    (y + margin) * paddedWidth + margin,
                    detailWidth);
        }
        InkMap redrawn =
                InkMap.of(
                        PenWidth.widen(padded, paddedWidth, paddedHeight, widening),
                        paddedWidth,
                        paddedHeight);
        return redrawn.box() == null ? crop : redrawn;
    }

    /**
     * Scales the ink so its strongest pixel is 1, as in every MNIST digit: a pencil drawing or a
     * thin stroke averaged down must not look fainter to the network than a marker.
     */
    private static void stretchContrast(float[] digit) {
        float max = 0;
        for (float v : digit) {
            max = Math.max(max, v);
        }
        if (max > 0 && max < 1) {
            for (int i = 0; i < digit.length; i++) {
                digit[i] = Math.min(1f, digit[i] / max);
            }
        }
    }

    /** Places the digit in 28x28 so that its centre of mass falls on the centre. */
    private static float[] centre(float[] digit, int width, int height) {
        double mass = 0;
        double sumX = 0;
        double sumY = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = digit[y * width + x];
                mass += v;
                sumX += v * (x + 0.5);
                sumY += v * (y + 0.5);
            }
        }
        int left = (int) Math.round(SIDE / 2.0 - sumX / mass);
        int top = (int) Math.round(SIDE / 2.0 - sumY / mass);
        // A lopsided digit (a 7's heavy bar) would be pushed over the edge; keep all of it.
        left = Math.max(0, Math.min(SIDE - width, left));
        top = Math.max(0, Math.min(SIDE - height, top));
        float[] field = new float[SIDE * SIDE];
        for (int y = 0; y < height; y++) {
            System.arraycopy(digit, y * width, field, (top + y) * SIDE + left, width);
        }
        return field;
    }

    /** A rectangle of pixels, right and bottom exclusive. */
    record Box(int left, int top, int right, int bottom) {
        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }
    }

    /**
     * How much ink each pixel holds, 0-1, with the background removed.
     *
     * @param max the strongest ink
     * @param box the smallest box holding every pixel with at least {@link #NOISE} ink, or null
     */
    record InkMap(float[] ink, int width, int height, float max, Box box) {

        /** The image's ink, as {@link InkCrop#of} reads it. */
        static InkMap of(BufferedImage image) {
            InkCrop crop = InkCrop.of(image);
            if (crop.isEmpty()) {
                return new InkMap(new float[0], 0, 0, crop.max(), null);
            }
            return new InkMap(
                    crop.ink(),
                    crop.width(),
                    crop.height(),
                    crop.max(),
                    new Box(0, 0, crop.width(), crop.height()));
        }

        /** An ink map from its pixels, with its maximum and box found in one pass. */
        static InkMap of(float[] ink, int width, int height) {
            float max = 0;
            int left = width;
            int top = height;
            int right = -1;
            int bottom = -1;
            for (int y = 0; y < height; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    float v = ink[row + x];
                    max = Math.max(max, v);
                    if (v >= NOISE) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        top = Math.min(top, y);
                        bottom = y;
                    }
                }
            }
            Box box = right < 0 ? null : new Box(left, top, right + 1, bottom + 1);
            return new InkMap(ink, width, height, max, box);
        }

        /** The ink inside the box alone, as a map of its own. */
        InkMap cropped() {
            return new InkMap(
                    crop(box),
                    box.width(),
                    box.height(),
                    max,
                    new Box(0, 0, box.width(), box.height()));
        }

        float[] crop(Box box) {
            if (box.width() == width && box.height() == height) {
                return ink;
            }
            float[] out = new float[box.width() * box.height()];
            for (int y = 0; y < box.height(); y++) {
                System.arraycopy(
                        ink,
                        (box.top() + y) * width + box.left(),
                        out,
                        y * box.width(),
                        box.width());
            }
            return out;
        }
    }

    /** The image's background, read from its border, and how far a pixel stands out from it. */
    static final class Background {
        private final boolean transparent;
        private final float luminance;

        /** Ink per unit of luminance away from the background: its sign points to the ink. */
        private final float scale;

        private Background(boolean transparent, float luminance) {
            this.transparent = transparent;
            this.luminance = luminance;
            this.scale = luminance >= 0.5f ? -1 / luminance : 1 / (1 - luminance);
        }

        static Background estimate(PixelRows rows, int w, int h) {
            int band = Math.max(1, Math.min(w, h) / 50);
            int[] histogram = new int[256];
            int[] counts = new int[2];
            float[] luminance = new float[w];
            float[] alpha = new float[w];
            rows.read(0, 0, 1, luminance, alpha);
            Tally tally = new Tally(histogram, counts, luminance[0], alpha[0]);
            for (int y = 0; y < h; y++) {
                if (y < band || y >= h - band) {
                    tally.run(rows, 0, y, w, luminance, alpha);
                } else {
                    int side = Math.min(band, w);
                    tally.run(rows, 0, y, side, luminance, alpha);
                    if (w - side >= side) {
                        tally.run(rows, w - side, y, side, luminance, alpha);
                    }
                }
            }
            int border = counts[0];
            int opaque = counts[1];
            if (opaque * 2 < border) {
                return new Background(true, 0f);
            }
            int seen = 0;
            int median = 0;
            while (seen + histogram[median] <= opaque / 2 && median < 255) {
                seen += histogram[median];
                median++;
            }
            return new Background(false, median / 255f);
        }

        /**
         * Counts border pixels ({@code counts[0]}), opaque ones ({@code [1]}) and their greys; a
         * run of copies of the top-left pixel all at once.
         */
        private record Tally(
                int[] histogram, int[] counts, float cornerLuminance, float cornerAlpha) {
            void run(PixelRows rows, int x, int y, int n, float[] luminance, float[] alpha) {
                counts[0] += n;
                if (rows.copiesCorner(x, y, n)) {
                    if (cornerAlpha >= 0.5f) {
                        counts[1] += n;
                        histogram[Math.round(cornerLuminance * 255)] += n;
                    }
                    return;
                }
                rows.read(x, y, n, luminance, alpha);
                int bin = 0;
                float binned = Float.NaN; // a border is mostly one colour: round each grey once
                for (int i = 0; i < n; i++) {
                    if (alpha[i] >= 0.5f) {
                        counts[1]++;
                        if (luminance[i] != binned) {
                            binned = luminance[i];
                            bin = Math.round(binned * 255);
                        }
                        histogram[bin]++;
                    }
                }
            }
        }

        /** Ink of a pixel, 0-1: 0 for the background colour, 1 for the opposite extreme. */
        float inkOf(float pixelLuminance, float pixelAlpha) {
            if (transparent) {
                return pixelAlpha;
            }
            // What the eye sees: the pixel over the background, as far as it is opaque.
            float seen = pixelAlpha * pixelLuminance + (1 - pixelAlpha) * luminance;
            return Math.max(0f, Math.min(1f, (seen - luminance) * scale));
        }
    }
}
