package io.digitpad.recognition;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the PNGs drawing pages and image libraries write for a drawing: 8 bits per sample, grey,
 * grey and alpha, RGB or RGBA, not interlaced. It inflates the image data straight into the pixels
 * of the image it returns, with libdeflate where the system has it ({@link Libdeflate}), else a row
 * at a time with the JDK's zlib; ImageIO copies every row once more through its raster and sums the
 * zlib checksum of the whole image, which was a sixth of a request's time. The pixels are those
 * ImageIO decodes, in the same colour space (a test compares them on every layout, both ways).
 *
 * <p>It answers only when it is sure to agree with ImageIO: anything else (palettes, other bit
 * depths, interlacing, transparency or colour-profile chunks, unknown critical chunks, a wrong
 * chunk CRC, a truncated or corrupt stream) is left to ImageIO, which keeps its own answer and its
 * error messages. Integrity comes from the chunks' CRCs rather than the zlib checksum.
 */
final class PngDecoder {
    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int IHDR = 0x49484452;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final int TRNS = 0x74524E53;
    private static final int ICCP = 0x69434350;

    /** Refuses an image over the pixel limit from its size, before anything is allocated. */
    interface SizeCheck {
        void require(int width, int height);
    }

    /**
     * Where the pixels go: an array of at least {@code length} bytes, new or reused (every byte the
     * image uses is written before it is read).
     */
    interface PixelBuffers {
        byte[] atLeast(int length);
    }

    /**
     * Largest image data, filter bytes included, inflated by libdeflate: a 1,600 x 1,200 RGBA
     * photo. It inflates all of it into native memory at once; larger images stream through the
     * JDK's zlib a row at a time.
     */
    static final int LIBDEFLATE_LARGEST = (1600 * 4 + 1) * 1200;

    private PngDecoder() {}

    /**
     * The image in {@code png}, or empty when ImageIO should decode it; {@code sizeCheck} sees the
     * header's size first.
     */
    static Optional<BufferedImage> decode(byte[] png, SizeCheck sizeCheck, PixelBuffers buffers) {
        return decode(png, sizeCheck, buffers, Libdeflate.available());
    }

    /** As {@link #decode(byte[], SizeCheck, PixelBuffers)}, inflating with libdeflate or not. */
    static Optional<BufferedImage> decode(
            byte[] png, SizeCheck sizeCheck, PixelBuffers buffers, boolean libdeflate) {
        if (png.length < 8 || ByteBuffer.wrap(png).getLong(0) != SIGNATURE) {
            return Optional.empty(); // not a PNG
        }
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(8);
        Chunk header = Chunk.next(in);
        if (header == null || header.type != IHDR || header.length != 13) {
            return Optional.empty();
        }
        header.skip(in);
        int width = in.getInt(header.start);
        int height = in.getInt(header.start + 4);
        int bitDepth = png[header.start + 8];
        int colourType = png[header.start + 9];
        int bands = bands(colourType);
        boolean standard =
                png[header.start + 10] == 0
                        && png[header.start + 11] == 0
                        && png[header.start + 12] == 0;
        if (width <= 0 || height <= 0 || bitDepth != 8 || bands == 0 || !standard) {
            return Optional.empty();
        }
        sizeCheck.require(width, height);
        List<Chunk> data = imageData(in);
        if (data == null) {
            return Optional.empty();
        }
        try {
            int stride = Math.multiplyExact(width, bands);
            int filtered = Math.multiplyExact(stride + 1, height);
            byte[] pixels = buffers.atLeast(Math.multiplyExact(stride, height));
            boolean inflated =
                    libdeflate
                            && filtered <= LIBDEFLATE_LARGEST
                            && Libdeflate.inflate(
                                    zlibStream(png, data),
                                    filtered,
                                    rows -> unfilter(rows, pixels, stride, height, bands));
            if (!inflated && !inflate(png, data, stride, height, bands, pixels)) {
                return Optional.empty(); // checked by the JDK's zlib: damaged or short
            }
            return Optional.of(image(pixels, width, height, bands));
        } catch (DataFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Samples per pixel of an 8-bit colour type this decoder reads, else 0. */
    private static int bands(int colourType) {
        return switch (colourType) {
            case 0 -> 1; // grey
            case 2 -> 3; // RGB
            case 4 -> 2; // grey, alpha
            case 6 -> 4; // RGBA
            default -> 0; // palette, or invalid
        };
    }

    /**
     * The image data chunks after the header, in order, or null when the chunks are not the plain
     * kind this reads: image data in consecutive chunks, starting with a plain zlib header, no
     * chunk that changes the colours, and an end chunk.
     */
    private static List<Chunk> imageData(ByteBuffer in) {
        List<Chunk> data = new ArrayList<>(1);
        boolean dataEnded = false;
        Chunk chunk;
        while ((chunk = Chunk.next(in)) != null) {
            if (chunk.type == IEND) {
                return data.isEmpty() ? null : data;
            }
            if (chunk.type == IDAT) {
                if (dataEnded) {
                    return null; // the image data must come in consecutive chunks
                }
                if (data.isEmpty()
                        && (chunk.length < 2
                                || !plainZlibHeader(
                                        in.get(chunk.start), in.get(chunk.start + 1)))) {
                    return null;
                }
                data.add(chunk);
            } else if (critical(chunk.type) || chunk.type == TRNS || chunk.type == ICCP) {
                return null;
            } else {
                dataEnded = !data.isEmpty();
            }
            chunk.skip(in);
        }
        return null;
    }

    /** The zlib stream the image data chunks hold, in one array. */
    private static byte[] zlibStream(byte[] png, List<Chunk> data) {
        int length = 0;
        for (Chunk chunk : data) {
            length = Math.addExact(length, chunk.length);
        }
        byte[] stream = new byte[length];
        int at = 0;
        for (Chunk chunk : data) {
            System.arraycopy(png, chunk.start, stream, at, chunk.length);
            at += chunk.length;
        }
        return stream;
    }

    /** Unfilters the inflated rows, each after its filter byte, into {@code pixels}. */
    private static void unfilter(ByteBuffer rows, byte[] pixels, int stride, int height, int bands)
            throws DataFormatException {
        Unfiltering unfiltering = new Unfiltering(pixels, stride, bands);
        for (int y = 0; y < height; y++) {
            int at = y * (stride + 1);
            rows.get(at + 1, unfiltering.row, 0, stride);
            unfiltering.next(rows.get(at));
        }
    }

    /**
     * Inflates and unfilters the image into {@code pixels} a row at a time with the JDK's zlib (no
     * libdeflate, a large image, damage, or data past the image); false when the data ends short of
     * the image.
     */
    private static boolean inflate(
            byte[] png, List<Chunk> data, int stride, int height, int bands, byte[] pixels)
            throws DataFormatException {
        byte[] inflated = new byte[stride + 1];
        Unfiltering unfiltering = new Unfiltering(pixels, stride, bands);
        int filled = 0;
        Inflater inflater = new Inflater(true);
        try {
            for (int c = 0; c < data.size() && unfiltering.done() < height; c++) {
                // Raw deflate after the two-byte zlib header: no Adler-32 over the image.
                int skip = c == 0 ? 2 : 0;
                inflater.setInput(png, data.get(c).start + skip, data.get(c).length - skip);
                while (unfiltering.done() < height) {
                    int n = inflater.inflate(inflated, filled, inflated.length - filled);
                    filled += n;
                    if (filled == inflated.length) {
                        System.arraycopy(inflated, 1, unfiltering.row, 0, stride);
                        unfiltering.next(inflated[0]);
                        filled = 0;
                    } else if (n == 0) {
                        if (inflater.finished() || inflater.needsDictionary()) {
                            return false;
                        }
                        break; // needs the next chunk
                    }
                }
            }
            return unfiltering.done() == height;
        } finally {
            inflater.end();
        }
    }

    /**
     * An image's rows unfiltered in order into its pixels: the caller puts each filtered row in
     * {@link #row}, then calls {@link #next}. The filtered row, the row above and this row
     * unfiltered are arrays of their own from index 0: with rows at offsets in one array the
     * compiler cannot tell they never overlap, and adds byte by byte (ten times slower).
     */
    private static final class Unfiltering {
        final byte[] row;
        private byte[] above;
        private byte[] current;
        private final byte[] pixels;
        private final int stride;
        private final int bands;
        private int done;

        Unfiltering(byte[] pixels, int stride, int bands) {
            this.pixels = pixels;
            this.stride = stride;
            this.bands = bands;
            row = new byte[stride];
            above = new byte[stride]; // zeros: the row above the first
            current = new byte[stride];
        }

        /** Unfilters {@link #row}, filtered with {@code filter}, as the image's next row. */
        void next(int filter) throws DataFormatException {
            unfilter(filter, row, above, current, bands);
            System.arraycopy(current, 0, pixels, done * stride, stride);
            byte[] previous = above;
            above = current;
            current = previous;
            done++;
        }

        /** Rows unfiltered so far. */
        int done() {
            return done;
        }
    }

    /** Deflate, a 32K window or less, no preset dictionary, and a valid header check. */
    private static boolean plainZlibHeader(byte cmf, byte flg) {
        return (cmf & 0x0F) == 8
                && (cmf & 0xFF) >> 4 <= 7
                && (flg & 0x20) == 0
                && ((cmf & 0xFF) << 8 | (flg & 0xFF)) % 31 == 0;
    }

    /** Upper case first letter: a chunk a decoder must understand (PLTE, a second IHDR...). */
    private static boolean critical(int type) {
        return (type & 0x20000000) == 0;
    }

    /**
     * Undoes the filter {@code filter} (PNG specification, section 9) of {@code row} into {@code
     * out}, given the row above unfiltered (zeros for the first row).
     */
    private static void unfilter(int filter, byte[] row, byte[] above, byte[] out, int bpp)
            throws DataFormatException {
        int n = out.length;
        switch (filter) {
            case 0 -> System.arraycopy(row, 0, out, 0, n);
            case 1 -> {
                System.arraycopy(row, 0, out, 0, Math.min(bpp, n));
                for (int i = bpp; i < n; i++) {
                    out[i] = (byte) (row[i] + out[i - bpp]);
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) (row[i] + above[i]);
                }
            }
            case 3 -> {
                for (int i = 0; i < n; i++) {
                    int left = i < bpp ? 0 : out[i - bpp] & 0xFF;
                    out[i] = (byte) (row[i] + ((left + (above[i] & 0xFF)) >> 1));
                }
            }
            case 4 -> {
                for (int i = 0; i < n; i++) {
                    int left = i < bpp ? 0 : out[i - bpp] & 0xFF;
                    int corner = i < bpp ? 0 : above[i - bpp] & 0xFF;
                    out[i] = (byte) (row[i] + paeth(left, above[i] & 0xFF, corner));
                }
            }
            default -> throw new DataFormatException("unknown PNG row filter " + filter);
        }
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    /** The pixels as ImageIO lays out such a PNG: interleaved bytes, sRGB or linear grey. */
    private static BufferedImage image(byte[] pixels, int width, int height, int bands) {
        boolean grey = bands <= 2;
        boolean alpha = bands % 2 == 0;
        ComponentColorModel colours =
                new ComponentColorModel(
                        ColorSpace.getInstance(grey ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB),
                        alpha,
                        false,
                        alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE,
                        DataBuffer.TYPE_BYTE);
        int[] offsets = new int[bands];
        for (int i = 0; i < bands; i++) {
            offsets[i] = i;
        }
        WritableRaster raster =
                Raster.createInterleavedRaster(
                        new DataBufferByte(pixels, width * height * bands),
                        width,
                        height,
                        width * bands,
                        bands,
                        offsets,
                        null);
        return new BufferedImage(colours, raster, false, null);
    }

    /** A chunk whose length fits the file and whose CRC is right; start is where its data is. */
    private record Chunk(int type, int start, int length) {

        /** The chunk at the buffer's position, or null when it is cut short or damaged. */
        static Chunk next(ByteBuffer in) {
            if (in.remaining() < 12) {
                return null;
            }
            int length = in.getInt(in.position());
            int type = in.getInt(in.position() + 4);
            int start = in.position() + 8;
            if (length < 0 || length > in.limit() - start - 4) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(in.array(), start - 4, length + 4);
            if ((int) crc.getValue() != in.getInt(start + length)) {
                return null;
            }
            in.position(start);
            return new Chunk(type, start, length);
        }

        /** Moves the buffer past this chunk. */
        void skip(ByteBuffer in) {
            in.position(start + length + 4);
        }
    }
}
