package io.digitpad.cli;

import io.digitpad.DigitpadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the image files named on the command line, with messages a user understands. */
final class ImageFiles {
    private ImageFiles() {}

    /** The bytes of {@code file}, or a {@link DigitpadException} saying why there are none. */
    static byte[] read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new DigitpadException("is a directory, not an image");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DigitpadException("no such file");
        } catch (IOException e) {
            throw new DigitpadException("cannot be read (" + e.getMessage() + ")");
        }
    }
}
