package io.digitpad.recognition;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system's libdeflate ({@code libdeflate.so.0}, Debian's {@code libdeflate0}, which libtiff
 * brings), called through JNA, which DJL already brings. A drawing's PNG is mostly long runs of
 * paper: zlib, under the JDK's {@code Inflater}, copies those runs byte by byte and took 1.3 ms of
 * a 400x400 canvas where libdeflate takes 0.1 ms, that with JNA copying the pixels in and out.
 * Where there is no libdeflate, PNGs are inflated by the JDK as before, only slower.
 *
 * <p>libdeflate inflates a whole stream into a buffer of known size, which a PNG's header gives; it
 * refuses a stream that is damaged, too long for the buffer or short of it.
 */
final class Libdeflate {
    private static final Logger LOG = LoggerFactory.getLogger(Libdeflate.class);

    /** {@code enum libdeflate_result}: LIBDEFLATE_SUCCESS. */
    private static final int SUCCESS = 0;

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

    /**
     * Inflates the zlib stream {@code in} into exactly the first {@code length} bytes of {@code
     * out}; false when libdeflate is not there, or the stream is damaged or of another length.
     */
    static boolean inflateExactly(byte[] in, byte[] out, int length) {
        if (!LOADED) {
            return false;
        }
        Pointer decompressor = libdeflate_alloc_decompressor();
        if (decompressor == null) {
            return false; // out of native memory: the JDK's inflater will try
        }
        try {
            long[] written = new long[1];
            int result =
                    libdeflate_zlib_decompress(decompressor, in, in.length, out, length, written);
            return result == SUCCESS && written[0] == length;
        } finally {
            libdeflate_free_decompressor(decompressor);
        }
    }

    // libdeflate.h, 1.x. size_t is 64 bits on the platforms DJL's libtorch runs on.

    private static native Pointer libdeflate_alloc_decompressor();

    private static native int libdeflate_zlib_decompress(
            Pointer decompressor,
            byte[] in,
            long inBytes,
            byte[] out,
            long outBytesAvailable,
            long[] actualOutBytes);

    private static native void libdeflate_free_decompressor(Pointer decompressor);
}
