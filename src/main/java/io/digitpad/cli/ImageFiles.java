package io.digitpad.cli;

import io.digitpad.DigitpadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads the image files named on the command line, with messages a user understands. */
final class ImageFiles {
    private ImageFiles() {}

    /** What a command makes of one image file's bytes: the line it prints for it. */
    interface Answer {
        String lineFor(Path file, byte[] image);
    }

    /**
     * Prints {@code answer}'s line for each file, or an error line for a file that cannot be read
     * or is not a usable image, and goes on with the rest; returns the exit code.
     */
    static int answerEach(List<Path> files, PrintWriter out, PrintWriter err, Answer answer) {
        int failures = 0;
        for (Path file : files) {
            try {
                out.println(answer.lineFor(file, read(file)));
            } catch (DigitpadException e) {
                failures++;
                err.println("digitpad: " + file + ": " + e.getMessage());
            }
            out.flush();
            err.flush();
        }
        return failures == 0 ? 0 : UserErrorHandler.USER_ERROR;
    }

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
