package io.digitpad.recognition;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.DataFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system's libdeflate ({@code libdeflate.so.0}, Debian's {@code libdeflate0}, which libtiff
 * brings), called through JNA, which DJL already brings. A drawing's PNG is mostly long runs of
 * paper: zlib, under the JDK's {@code Inflater}, copies those runs byte by byte and took 1.3 ms of
 * a 400x400 canvas where libdeflate takes 0.05 ms. Where there is no libdeflate, PNGs are inflated
 * by the JDK as before, only slower.
 *
 * <p>libdeflate inflates a whole stream into a buffer of known size, which a PNG's header gives; it
 * refuses a stream that is damaged, too long for the buffer or short of it.
 */
final class Libdeflate {
    private static final Logger LOG = LoggerFactory.getLogger(Libdeflate.class);

    /** {@code enum libdeflate_result}: LIBDEFLATE_SUCCESS. */
    private static final int SUCCESS = 0;

    /**
     * Native buffers kept for the next image: one size, the page's 400x400 RGBA canvas with a
     * filter byte a row, as many as recognitions can run at once on most machines. (JNA would
     * otherwise copy a Java array's 640 KB into native memory and back on every call.)
     */
    private static final int POOLED_BYTES = (400 * 4 + 1) * 400;

    private static final int POOLED = 2 * Runtime.getRuntime().availableProcessors();
    private static final Queue<Memory> POOL = new ConcurrentLinkedQueue<>();

    private static final boolean LOADED = load();

    private Libdeflate() {}

    private static boolean load() {
        try {
            Native.register(Libdeflate.class, NativeLibrary.getInstance("libdeflate.so.0"));
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.info(
                    "libdeflate is not installed (Debian: apt-get install libdeflate0): PNGs are"
                            + " inflated by the JDK, about 1 ms slower a canvas");
            LOG.debug("libdeflate.so.0 did not load", e);
            return false;
        }
    }

    /** Whether libdeflate is there to inflate with. */
    static boolean available() {
        return LOADED;
    }

    /** What reads the inflated bytes while they are there. */
    interface Reader {
        void read(ByteBuffer inflated) throws DataFormatException;
    }

    /**
     * Inflates the zlib stream {@code in} into native memory and gives its bytes to {@code reader},
     * if it holds exactly {@code length} bytes; false, without calling {@code reader}, when
     * libdeflate is not there or the stream is damaged or of another length.
     */
    static boolean inflate(byte[] in, int length, Reader reader) throws DataFormatException {
        if (!LOADED) {
            return false;
        }
        Memory out = length <= POOLED_BYTES ? POOL.poll() : null;
        if (out == null) {
            out = new Memory(length <= POOLED_BYTES ? POOLED_BYTES : length);
        }
        Pointer decompressor = libdeflate_alloc_decompressor();
        try {
            if (decompressor == null) {
                return false; // out of native memory: the JDK's zlib will try
            }
            long[] written = new long[1];
            int result =
                    libdeflate_zlib_decompress(decompressor, in, in.length, out, length, written);
            if (result != SUCCESS || written[0] != length) {
                return false;
            }
            reader.read(out.getByteBuffer(0, length));
            return true;
        } finally {
            if (decompressor != null) {
                libdeflate_free_decompressor(decompressor);
            }
            if (out.size() == POOLED_BYTES && POOL.size() < POOLED) {
                POOL.offer(out);
            } else {
                out.close();
            }
        }
    }

    // libdeflate.h, 1.x. size_t is 64 bits on the platforms DJL's libtorch runs on.

    private static native Pointer libdeflate_alloc_decompressor();

    private static native int libdeflate_zlib_decompress(
            Pointer decompressor,
            byte[] in,
            long inBytes,
            Pointer out,
            long outBytesAvailable,
            long[] actualOutBytes);

    private static native void libdeflate_free_decompressor(Pointer decompressor);
}
