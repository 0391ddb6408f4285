package io.digitpad.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST IDX files (raw or gzip-compressed) and checks everything the format promises.
 *
 * <p>The format (LeCun et al.): a magic number {@code 0x000008DD} where {@code 08} is "unsigned
 * byte" and {@code DD} the number of dimensions, one big-endian int per dimension, then the data. A
 * file of the wrong kind, a wrong dimension or a wrong length is reported with what was found.
 */
public final class MnistIdxReader {
    private static final int UNSIGNED_BYTE = 0x08;
    private static final int GZIP_MAGIC = 0x1f8b;

    private MnistIdxReader() {}

    /** Reads an image file: {@code count x 28 x 28} unsigned bytes. */
    public static byte[] readImages(Path file, int expectedCount) {
        return read(file, new int[] {expectedCount, MnistSet.SIDE, MnistSet.SIDE});
    }

    /** Reads a label file: {@code count} digits 0-9. */
    public static byte[] readLabels(Path file, int expectedCount) {
        byte[] labels = read(file, new int[] {expectedCount});
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 9) {
                throw new DataException(
                        file + ": label " + i + " is " + (labels[i] & 0xFF) + ", not a digit 0-9");
            }
        }
        return labels;
    }

    private static byte[] read(Path file, int[] expectedDims) {
        try (DataInputStream in = new DataInputStream(open(file))) {
            int magic;
            try {
                magic = in.readInt();
            } catch (EOFException e) {
                throw new DataException(file + ": file is empty or shorter than an IDX header");
            }
            int type = (magic >>> 8) & 0xFF;
            int dimensions = magic & 0xFF;
            if ((magic >>> 16) != 0 || type != UNSIGNED_BYTE) {
                throw new DataException(
                        String.format(
                                "%s: not an MNIST IDX file (magic number 0x%08X, expected 0x%08X)",
                                file, magic, (UNSIGNED_BYTE << 8) | expectedDims.length));
            }
            if (dimensions != expectedDims.length) {
                throw new DataException(
                        file
                                + ": has "
                                + dimensions
                                + " dimensions, expected "
                                + expectedDims.length
                                + (expectedDims.length == 1 ? " (labels)" : " (images)"));
            }
            long length = 1;
            for (int d = 0; d < dimensions; d++) {
                int size = in.readInt();
                if (size != expectedDims[d]) {
                    throw new DataException(
                            file
                                    + ": dimension "
                                    + d
                                    + " is "
                                    + size
                                    + ", expected "
                                    + expectedDims[d]);
                }
                length *= size;
            }
            byte[] data = new byte[Math.toIntExact(length)];
            int read = readData(in, data);
            if (read < data.length) {
                throw new DataException(
                        file
                                + ": truncated, expected "
                                + data.length
                                + " data bytes but found "
                                + read);
            }
            if (read(in) != -1) {
                throw new DataException(
                        file + ": has data after the expected " + data.length + " bytes");
            }
            return data;
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": no such file");
        } catch (EOFException e) {
            throw new DataException(file + ": truncated inside the IDX header");
        } catch (IOException e) {
            throw new DataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads as much data as there is; a cut-off gzip stream ends the data like a short file. */
    private static int readData(InputStream in, byte[] data) throws IOException {
        int read = 0;
        try {
            while (read < data.length) {
                int n = in.read(data, read, data.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (EOFException e) {
            // GZIPInputStream reports a truncated stream this way; the count says how much came.
        }
        return read;
    }

    /** The next byte, or -1 at the end, including the end of a cut-off gzip stream. */
    private static int read(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (EOFException e) {
            return -1;
        }
    }

    /** Opens the file, decompressing it when it starts with the gzip magic bytes. */
    static InputStream open(Path file) throws IOException {
        return decompressed(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** {@code in}, decompressed when it starts with the gzip magic bytes; needs mark support. */
    static InputStream decompressed(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (((first << 8) | second) == GZIP_MAGIC) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }
}
