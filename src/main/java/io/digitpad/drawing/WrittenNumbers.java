package io.digitpad.drawing;

import io.digitpad.data.MnistSet;
import io.digitpad.data.PenDigit;
import io.digitpad.data.PenDigits;
import io.digitpad.recognition.Ink;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Numbers written the way people write them on a wide canvas, for the number benchmark: digits of
 * one real writer (strokes) or of MNIST test writers (images), each a little larger or smaller than
 * the last, spaced unevenly (one gap in five closed so that the digits touch or overlap), on a
 * baseline that slopes a few degrees. The same key and seed give the same number.
 */
public final class WrittenNumbers {
    /** The page's canvas for numbers. */
    public static final int WIDTH = 1200;

    public static final int HEIGHT = 400;

    /** Baseline slope, up to about 6 degrees either way. */
    static final double MAX_SLOPE = 0.1;

    /** Share of gaps closed: the next digit starts where this one ends, or over it. */
    static final double TOUCHING = 0.2;

    private WrittenNumbers() {}

    /**
     * A written number and what it says.
     *
     * @param text the digits written, "90210"
     * @param ink the strokes, or null for a number made of scanned (MNIST) digits
     * @param image the canvas as painted, black on white
     */
    public record WrittenNumber(String text, Ink ink, BufferedImage image) {}

    /** A number of {@code length} digits by one writer of {@code writers}, in strokes. */
    public static WrittenNumber ofPenDigits(PenDigits writers, int length, int key, long seed) {
        return ofPenDigits(writers, length, TOUCHING, key, seed);
    }

    /** A number of {@code length} MNIST test digits, as an image. */
    public static WrittenNumber ofMnist(MnistSet test, int length, int key, long seed) {
        return ofMnist(test, length, TOUCHING, key, seed);
    }

    /**
     * Two digits by one writer of {@code writers}, touching or overlapping as in a number's closed
     * gap: what a reader must not take for one digit.
     */
    public static WrittenNumber touchingPair(PenDigits writers, int key, long seed) {
        return ofPenDigits(writers, 2, 1, key, seed);
    }

    /** Two digits of {@code digits}, touching or overlapping, as an image. */
    public static WrittenNumber touchingPair(MnistSet digits, int key, long seed) {
        return ofMnist(digits, 2, 1, key, seed);
    }

    /** {@code touching}: the share of gaps closed. */
    private static WrittenNumber ofPenDigits(
            PenDigits writers, int length, double touching, int key, long seed) {
        SplittableRandom random = Seeds.random(seed, key);
        int[] ids = writers.writers();
        int writer = ids[random.nextInt(ids.length)];
        List<PenDigit> own = new ArrayList<>();
        for (PenDigit d : writers.digits()) {
            if (d.writer() == writer) {
                own.add(d);
            }
        }
        List<List<float[][]>> digits = new ArrayList<>(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            PenDigit digit = own.get(random.nextInt(own.size()));
            text.append(digit.digit());
            digits.add(upright(digit));
        }
        Layout layout = new Layout(random, length, touching);
        List<Ink.Stroke> strokes = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            strokes.addAll(layout.place(digits.get(i), i));
        }
        Ink ink = new Ink(strokes, WIDTH, HEIGHT, (float) layout.pen());
        return new WrittenNumber(text.toString(), ink, ink.render());
    }

    private static WrittenNumber ofMnist(
            MnistSet test, int length, double touching, int key, long seed) {
        SplittableRandom random = Seeds.random(seed, key);
        Layout layout = new Layout(random, length, touching);
        float[] canvas = new float[WIDTH * HEIGHT];
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int index = random.nextInt(test.size());
            text.append(test.label(index));
            layout.paste(test.pixels(index), i, canvas);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < canvas.length; i++) {
            out[i] = (byte) Math.round(255 * (1 - Math.min(1, canvas[i])));
        }
        return new WrittenNumber(text.toString(), null, image);
    }

    /** A pen digit's strokes with y pointing down, as {x[], y[]} pairs, in tablet units. */
    private static List<float[][]> upright(PenDigit digit) {
        List<float[][]> strokes = new ArrayList<>(digit.strokes().size());
        for (PenDigit.Stroke s : digit.strokes()) {
            float[] x = new float[s.size()];
            float[] y = new float[s.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = s.x()[i];
                y[i] = -s.y()[i];
            }
            strokes.add(new float[][] {x, y});
        }
        return strokes;
    }

    /**
     * Where each digit of a number goes: digit height, pen, slant, slope, sizes and gaps are drawn
     * once per number, the next digit placed after the last one's right edge.
     */
    private static final class Layout {
        private final SplittableRandom random;
        private final double height;
        private final double pen;
        private final double slope;
        private final double shear;
        private double cursor;
        private final double baseline;
        private final double touching;

        private Layout(SplittableRandom random, int length, double touching) {
            this.random = random;
            this.touching = touching;
            // Ten digits of about 0.7 heights each, plus gaps, must fit on the canvas.
            double widest = (WIDTH - 80) / (0.95 * length + 0.5);
            this.height = Math.min(random.nextDouble(110, 230), widest);
            this.pen = height * random.nextDouble(0.07, 0.13);
            this.slope = random.nextDouble(-MAX_SLOPE, MAX_SLOPE);
            this.shear = random.nextDouble(-0.2, 0.2);
            this.cursor = 40 + random.nextDouble(0, 40);
            double rise = Math.abs(slope) * (WIDTH - 80);
            double room = HEIGHT - height * 1.15 - rise;
            this.baseline =
                    height * 1.1
                            + (slope < 0 ? rise : 0)
                            + Math.max(0, random.nextDouble(0, Math.max(1, room)));
        }

        double pen() {
            return pen;
        }

        /** The strokes of digit {@code index}, scaled, slanted and placed on the canvas. */
        List<Ink.Stroke> place(List<float[][]> strokes, int index) {
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (float[][] s : strokes) {
                for (int i = 0; i < s[0].length; i++) {
                    minX = Math.min(minX, s[0][i]);
                    maxX = Math.max(maxX, s[0][i]);
                    minY = Math.min(minY, s[1][i]);
                    maxY = Math.max(maxY, s[1][i]);
                }
            }
            double h = height * random.nextDouble(0.88, 1.12);
            double scale = h / Math.max(1, maxY - minY);
            double w = (maxX - minX) * scale;
            double left = next(w, index);
            double bottom = baseline + slope * (left - 40);
            List<Ink.Stroke> placed = new ArrayList<>(strokes.size());
            for (float[][] s : strokes) {
                float[] x = new float[s[0].length];
                float[] y = new float[s[0].length];
                for (int i = 0; i < x.length; i++) {
                    double up = (maxY - s[1][i]) * scale;
                    x[i] = (float) (left + (s[0][i] - minX) * scale + shear * up);
                    y[i] = (float) (bottom - up + slope * (s[0][i] - minX) * scale);
                }
                placed.add(Ink.Stroke.of(x, y));
            }
            return placed;
        }

        /** Pastes an MNIST digit's ink (0-255 pixels), scaled to this number's size, by maximum. */
        void paste(int[] pixels, int index, float[] canvas) {
            int side = MnistSet.SIDE;
            int left = side;
            int right = -1;
            int top = side;
            int bottom = -1;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    if (pixels[y * side + x] > 30) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            double h = height * random.nextDouble(0.88, 1.12);
            double scale = h / (bottom + 1 - top);
            double w = (right + 1 - left) * scale;
            double x0 = next(w, index);
            double bottomY = baseline + slope * (x0 - 40);
            for (int cy = (int) (bottomY - h) - 2; cy <= (int) bottomY + 2; cy++) {
                for (int cx = (int) x0 - 2; cx <= (int) (x0 + w) + 2; cx++) {
                    if (cx < 0 || cx >= WIDTH || cy < 0 || cy >= HEIGHT) {
                        continue;
                    }
                    // Inverse mapping with bilinear sampling of the 28x28 source.
                    double sy = top + (cy - (bottomY - h)) / scale - 0.5;
                    double sx = left + (cx - x0 - shear * (bottomY - cy)) / scale - 0.5;
                    float v = bilinear(pixels, sx, sy - slope * (cx - x0) / scale) / 255f;
                    int at = cy * WIDTH + cx;
                    canvas[at] = Math.max(canvas[at], v);
                }
            }
        }

        /** Left edge of the next digit, {@code width} wide, and moves the cursor past it. */
        private double next(double width, int index) {
            double gap =
                    index == 0
                            ? 0
                            : random.nextDouble() < touching
                                    ? height * random.nextDouble(-0.12, 0.0)
                                    : height * random.nextDouble(0.06, 0.4);
            double left = cursor + gap;
            cursor = left + width;
            return left;
        }

        private static float bilinear(int[] pixels, double x, double y) {
            int x0 = (int) Math.floor(x);
            int y0 = (int) Math.floor(y);
            double fx = x - x0;
            double fy = y - y0;
            return (float)
                    ((1 - fx) * (1 - fy) * at(pixels, x0, y0)
                            + fx * (1 - fy) * at(pixels, x0 + 1, y0)
                            + (1 - fx) * fy * at(pixels, x0, y0 + 1)
                            + fx * fy * at(pixels, x0 + 1, y0 + 1));
        }

        private static int at(int[] pixels, int x, int y) {
            int side = MnistSet.SIDE;
            return x < 0 || y < 0 || x >= side || y >= side ? 0 : pixels[y * side + x];
        }
    }
}
