package io.digitpad.recognition;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads runs of pixels as luminance (ITU-R BT.601, 0-1) and opacity (0-1), whatever the image's
 * layout.
 */
abstract class PixelRows {
    /** Reads {@code n} pixels of row {@code y} from column {@code x} into the two arrays. */
    abstract void read(int x, int y, int n, float[] luminance, float[] alpha);

    /**
     * The columns {@code [from, to)} of row {@code y} outside which every pixel is an exact copy of
     * the top-left pixel, so reads the same as it; {@code from == to} when the whole row is. Most
     * of a drawing is its background, and comparing bytes costs far less than reading them as
     * colours. Layouts without a byte buffer answer the whole row.
     */
    long unlikeCorner(int y, int w) {
        return span(0, w);
    }

    /**
     * Whether the {@code n} pixels of row {@code y} from column {@code x} are all exact copies of
     * the top-left pixel, so read as it does: most of a drawing's border is, and comparing bytes
     * costs far less than reading them as colours. Layouts without a byte buffer answer false.
     */
    boolean copiesCorner(int x, int y, int n) {
        return false;
    }

    /**
     * Reads {@code n} pixels of row {@code y} from column {@code x} as ink over {@code background}
     * into {@code ink} from index {@code at}, ink fainter than {@link DigitPreprocessor#NOISE} as
     * none; answers the strongest. The other two arrays are room to work in.
     */
    float readInk(
            int x,
            int y,
            int n,
            DigitPreprocessor.Background background,
            float[] ink,
            int at,
            float[] luminance,
            float[] alpha) {
        read(x, y, n, luminance, alpha);
        float max = 0;
        for (int i = 0; i < n; i++) {
            float value = aboveNoise(background.inkOf(luminance[i], alpha[i]));
            ink[at + i] = value;
            max = Math.max(max, value);
        }
        return max;
    }

    private static float aboveNoise(float ink) {
        return ink >= DigitPreprocessor.NOISE ? ink : 0;
    }

    static long span(int from, int to) {
        return (long) from << 32 | to;
    }

    static int from(long span) {
        return (int) (span >>> 32);
    }

    static int to(long span) {
        return (int) span;
    }

    static PixelRows of(BufferedImage image) {
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        boolean oneByteBuffer =
                raster.getSampleModel() instanceof PixelInterleavedSampleModel layout
                        && layout.getPixelStride() <= 7
                        && Arrays.stream(layout.getBandOffsets())
                                .allMatch(offset -> offset < layout.getPixelStride())
                        && raster.getDataBuffer() instanceof DataBufferByte buffer
                        && buffer.getNumBanks() == 1;
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && (bands == 1 || bands == 2)) {
            if (oneByteBuffer
                    && image.getColorModel() instanceof ComponentColorModel colors
                    && !colors.isAlphaPremultiplied()
                    && colors.getComponentSize(0) == 8) {
                return new GreyBytes(raster);
            }
            return new Grey(image);
        }
        if (oneByteBuffer
                && image.getColorModel() instanceof ComponentColorModel colors
                && colors.getColorSpace().isCS_sRGB()
                && !colors.isAlphaPremultiplied()
                && colors.getTransferType() == DataBuffer.TYPE_BYTE
                && (bands == 3 || bands == 4)) {
            return new InterleavedBytes(raster);
        }
        return new Generic(image);
    }

    private static final float RED = 0.299f / 255;
    private static final float GREEN = 0.587f / 255;
    private static final float BLUE = 0.114f / 255;

    static float luminance(int r, int g, int b) {
        return RED * r + GREEN * g + BLUE * b;
    }

    /** Pixels stored as bytes, interleaved, in one buffer: the layouts decoders produce. */
    private abstract static class Bytes extends PixelRows {
        private static final VarHandle RGBA =
                MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

        final byte[] data;
        final int[] offsets;
        final int stride;
        final int scanline;
        final int base;

        /** Bytes compared at a time looking back for a row's last ink. */
        private static final int BLOCK = 64;

        /** The top-left pixel repeated along a row, made on first use. */
        private byte[] cornerRow;

        Bytes(Raster raster) {
            PixelInterleavedSampleModel layout =
                    (PixelInterleavedSampleModel) raster.getSampleModel();
            DataBufferByte buffer = (DataBufferByte) raster.getDataBuffer();
            data = buffer.getData();
            offsets = layout.getBandOffsets();
            stride = layout.getPixelStride();
            scanline = layout.getScanlineStride();
            base =
                    buffer.getOffset()
                            - raster.getSampleModelTranslateX() * stride
                            - raster.getSampleModelTranslateY() * scanline;
        }

        /**
         * A pixel that repeats the one before it (inside a stroke, across the paper) has its ink:
         * only a pixel unlike its neighbour is converted, by the layout's own {@link #read}, and
         * the run of its copies that follows is found first and filled after (four times faster
         * than a test and a store for each pixel in one loop).
         */
        @Override
        float readInk(
                int x,
                int y,
                int n,
                DigitPreprocessor.Background background,
                float[] ink,
                int at,
                float[] luminance,
                float[] alpha) {
            int row = base + y * scanline + x * stride;
            float max = 0;
            int i = 0;
            while (i < n) {
                long pixel = pixelAt(row + i * stride);
                read(x + i, y, 1, luminance, alpha);
                float value = aboveNoise(background.inkOf(luminance[0], alpha[0]));
                max = Math.max(max, value);
                int start = i++;
                while (i < n && pixelAt(row + i * stride) == pixel) {
                    i++;
                }
                Arrays.fill(ink, at + start, at + i, value);
            }
            return max;
        }

        /** The bytes of the pixel at {@code at}, as one number: grey or RGBA in one load. */
        private long pixelAt(int at) {
            if (stride == 4) {
                return (int) RGBA.get(data, at) & 0xFFFFFFFFL;
            }
            if (stride == 1) {
                return data[at] & 0xFF;
            }
            long pixel = 0;
            for (int b = 0; b < stride; b++) {
                pixel = pixel << 8 | (data[at + b] & 0xFF);
            }
            return pixel;
        }

        @Override
        boolean copiesCorner(int x, int y, int n) {
            int at = base + y * scanline + x * stride;
            int length = n * stride;
            return n > 0
                    && Arrays.mismatch(data, at, at + length, cornerRow(length), 0, length) < 0;
        }

        /** At least {@code length} bytes of the top-left pixel repeated. */
        private byte[] cornerRow(int length) {
            if (cornerRow == null || cornerRow.length < length) {
                cornerRow = new byte[length];
                for (int i = 0; i < length; i++) {
                    cornerRow[i] = data[base + i % stride];
                }
            }
            return cornerRow;
        }

        @Override
        long unlikeCorner(int y, int w) {
            int length = w * stride;
            byte[] corner = cornerRow(length);
            int row = base + y * scanline;
            int first = Arrays.mismatch(data, row, row + length, corner, 0, length);
            if (first < 0) {
                return span(0, 0);
            }
            int from = first / stride;
            // Back from the row's end to the last byte unlike the corner's: whole blocks of paper
            // at a time (one library call compares a block in vector registers), then byte by
            // byte inside the block that holds it.
            int end = length;
            while (end - BLOCK > first
                    && Arrays.mismatch(data, row + end - BLOCK, row + end, corner, end - BLOCK, end)
                            < 0) {
                end -= BLOCK;
            }
            int last = end - 1;
            while (last > first && data[row + last] == corner[last]) {
                last--;
            }
            int to = last / stride + 1;
            return span(from, to);
        }
    }

    /**
     * 8-bit sRGB(A) read straight from the raster's bytes: the layout PNG and JPEG decoding
     * produce. {@code getRGB} gives the same values but converts pixel by pixel through the colour
     * model, which once cost more than all the rest of recognition.
     */
    private static final class InterleavedBytes extends Bytes {
        private final boolean hasAlpha;

        InterleavedBytes(Raster raster) {
            super(raster);
            hasAlpha = offsets.length == 4;
        }

        @Override
        void read(int x, int y, int n, float[] luminance, float[] alpha) {
            int red = base + y * scanline + x * stride + offsets[0];
            int green = red - offsets[0] + offsets[1];
            int blue = red - offsets[0] + offsets[2];
            int opacity = hasAlpha ? red - offsets[0] + offsets[3] : -1;
            for (int i = 0; i < n; i++) {
                int step = i * stride;
                luminance[i] =
                        luminance(
                                data[red + step] & 0xFF,
                                data[green + step] & 0xFF,
                                data[blue + step] & 0xFF);
                alpha[i] = opacity < 0 ? 1f : (data[opacity + step] & 0xFF) * (1f / 255);
            }
        }
    }

    /**
     * 8-bit grey (and alpha) read straight from the raster's bytes, as {@link Grey} reads them: the
     * layout strokes are painted in.
     */
    private static final class GreyBytes extends Bytes {
        private static final float MAX = 255;

        GreyBytes(Raster raster) {
            super(raster);
        }

        @Override
        void read(int x, int y, int n, float[] luminance, float[] alpha) {
            int grey = base + y * scanline + x * stride + offsets[0];
            int opacity = offsets.length == 2 ? grey - offsets[0] + offsets[1] : -1;
            for (int i = 0; i < n; i++) {
                int step = i * stride;
                luminance[i] = (data[grey + step] & 0xFF) / MAX;
                alpha[i] = opacity < 0 ? 1f : (data[opacity + step] & 0xFF) / MAX;
            }
        }
    }

    /** Grey levels read from the raster, so that they are not bent by a colour conversion. */
    private static final class Grey extends PixelRows {
        private final Raster raster;
        private final int bands;
        private final float max;
        private final float maxAlpha;
        private int[] samples = new int[0];

        Grey(BufferedImage image) {
            raster = image.getRaster();
            bands = raster.getNumBands();
            max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            maxAlpha = bands == 2 ? (1 << image.getColorModel().getComponentSize(1)) - 1 : 1;
        }

        @Override
        void read(int x, int y, int n, float[] luminance, float[] alpha) {
            if (samples.length < n * bands) {
                samples = new int[n * bands];
            }
            raster.getPixels(x, y, n, 1, samples);
            for (int i = 0; i < n; i++) {
                luminance[i] = samples[i * bands] / max;
                alpha[i] = bands == 2 ? samples[i * bands + 1] / maxAlpha : 1f;
            }
        }
    }

    /** Anything else (palettes, 16-bit colour, premultiplied alpha...) through {@code getRGB}. */
    private static final class Generic extends PixelRows {
        private final BufferedImage image;
        private int[] argb = new int[0];

        Generic(BufferedImage image) {
            this.image = image;
        }

        @Override
        void read(int x, int y, int n, float[] luminance, float[] alpha) {
            if (argb.length < n) {
                argb = new int[n];
            }
            image.getRGB(x, y, n, 1, argb, 0, n);
            for (int i = 0; i < n; i++) {
                int p = argb[i];
                luminance[i] = luminance((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF);
                alpha[i] = (p >>> 24) * (1f / 255);
            }
        }
    }
}
