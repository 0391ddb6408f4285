package io.digitpad.recognition;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes PNG, JPEG, GIF and BMP images, refusing oversized ones from their header alone: a tiny
 * file that claims 50,000 x 50,000 pixels is rejected before a single pixel is allocated. The PNGs
 * drawings come as take a faster path of our own ({@link PngDecoder}); everything else, and any PNG
 * it is not sure of, goes through ImageIO. Thread-safe.
 */
public final class ImageDecoder {
    /** Default pixel limit: 4096 x 4096, far above any canvas or phone photo of a digit. */
    public static final long DEFAULT_MAX_PIXELS = 4096L * 4096L;

    static {
        // Decode in memory only: no temporary files for every request.
        ImageIO.setUseCache(false);
    }

    private final long maxPixels;

    public ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public ImageDecoder() {
        this(DEFAULT_MAX_PIXELS);
    }

    /**
     * Refuses a picture of {@code width x height} pixels over the limit; {@code what} names it in
     * the message ("the PNG image", "the canvas").
     */
    public void requireWithinLimit(String what, int width, int height) {
        if ((long) width * height > maxPixels) {
            throw new ImageException(
                    String.format(
                            Locale.ROOT,
                            "%s is %,d x %,d pixels; the limit is %,d pixels",
                            what,
                            width,
                            height,
                            maxPixels));
        }
    }

    /** Decodes the first image in {@code bytes}. */
    public BufferedImage decode(byte[] bytes) {
        return decode(bytes, byte[]::new);
    }

    /**
     * Decodes as {@link #decode(byte[])} does, a PNG's pixels into an array from {@code buffers}:
     * the image lives in it, so it is only good until the array is given out again.
     */
    BufferedImage decode(byte[] bytes, PngDecoder.PixelBuffers buffers) {
        if (bytes.length == 0) {
            throw new ImageException("the image is empty (0 bytes)");
        }
        Optional<BufferedImage> png =
                PngDecoder.decode(
                        bytes, (w, h) -> requireWithinLimit("the PNG image", w, h), buffers);
        return png.orElseGet(() -> decodeWithImageIo(bytes));
    }

    /** Decodes through ImageIO alone, as every image was before {@link PngDecoder}. */
    BufferedImage decodeWithImageIo(byte[] bytes) {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageException("not an image: expected PNG, JPEG, GIF or BMP data");
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toUpperCase(Locale.ROOT);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new ImageException(
                            "the "
                                    + format
                                    + " image has no pixels ("
                                    + width
                                    + "x"
                                    + height
                                    + ")");
                }
                requireWithinLimit("the " + format + " image", width, height);
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (ImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Image readers report damage with IOExceptions and, for some damage, runtime ones.
            throw new ImageException("the image is corrupt or truncated and cannot be decoded", e);
        }
    }
}
