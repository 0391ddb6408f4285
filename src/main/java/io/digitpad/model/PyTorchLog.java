package io.digitpad.model;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.NativeLibrary;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of PyTorch's native code, which writes straight to the process's stderr, past SLF4J.
 *
 * <p>On CPUs where NNPACK cannot start (no AVX2, or a virtual machine that hides its L3 cache),
 * libtorch 2.7 warns "Could not initialize NNPACK! Reason: Unsupported hardware." on every
 * convolution of a single image: two lines per recognition, thousands in an evaluation. It then
 * takes the path it takes for one image anyway (NNPACK is only for batches of 16 or more), so the
 * warning tells our users nothing. libtorch has no call to set its log level outside Python; the
 * level is c10's exported flag {@code FLAGS_caffe2_log_level}, set here through JNA, which DJL
 * already brings.
 */
public final class PyTorchLog {
    private static final Logger LOG = LoggerFactory.getLogger(PyTorchLog.class);

    /** c10's level for errors: warnings and information are dropped. */
    private static final int ERROR = 2;

    private static boolean quiet;

    private PyTorchLog() {}

    /** Keeps PyTorch's native errors and drops its warnings; loads the engine if needed. */
    public static synchronized void errorsOnly() {
        if (quiet) {
            return;
        }
        quiet = true;
        Engine.getInstance();
        try {
            Path c10 = Path.of(LibUtils.getLibtorchPath(), System.mapLibraryName("c10"));
            NativeLibrary.getInstance(c10.toString())
                    .getGlobalVariableAddress("FLAGS_caffe2_log_level")
                    .setInt(0, ERROR);
        } catch (RuntimeException | LinkageError e) {
            // Another libtorch build: its warnings stay, recognition is unaffected.
            LOG.debug("PyTorch's native log level cannot be set", e);
        }
    }
}
