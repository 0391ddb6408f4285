package io.digitpad.recognition;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Reads runs of pixels as luminance (ITU-R BT.601, 0-1) and opacity (0-1), whatever the image's
 * layout.
 */
abstract class PixelRows {
    /** Reads {@code n} pixels of row {@code y} from column {@code x} into the two arrays. */
    abstract void read(int x, int y, int n, float[] luminance, float[] alpha);

    static PixelRows of(BufferedImage image) {
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && (bands == 1 || bands == 2)) {
            return new Grey(image);
        }
        if (image.getColorModel() instanceof ComponentColorModel colors
                && colors.getColorSpace().isCS_sRGB()
                && !colors.isAlphaPremultiplied()
                && colors.getTransferType() == DataBuffer.TYPE_BYTE
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel layout
                && raster.getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1
                && (layout.getNumBands() == 3 || layout.getNumBands() == 4)) {
            return new InterleavedBytes(raster, layout, buffer);
        }
        return new Generic(image);
    }

    private static final float RED = 0.299f / 255;
    private static final float GREEN = 0.587f / 255;
    private static final float BLUE = 0.114f / 255;

    static float luminance(int r, int g, int b) {
        return RED * r + GREEN * g + BLUE * b;
    }

    /**
     * 8-bit sRGB(A) read straight from the raster's bytes: the layout PNG and JPEG decoding
     * produce. {@code getRGB} gives the same values but converts pixel by pixel through the colour
     * model, which once cost more than all the rest of recognition.
     */
    private static final class InterleavedBytes extends PixelRows {
        private final byte[] data;
        private final int[] offsets;
        private final int stride;
        private final int scanline;
        private final int base;
        private final boolean hasAlpha;

        InterleavedBytes(Raster raster, PixelInterleavedSampleModel layout, DataBufferByte buffer) {
            data = buffer.getData();
            offsets = layout.getBandOffsets();
            stride = layout.getPixelStride();
            scanline = layout.getScanlineStride();
            base =
                    buffer.getOffset()
                            - raster.getSampleModelTranslateX() * stride
                            - raster.getSampleModelTranslateY() * scanline;
            hasAlpha = layout.getNumBands() == 4;
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
