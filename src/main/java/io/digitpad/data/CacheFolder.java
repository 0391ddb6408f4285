package io.digitpad.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.io.file.PathUtils;

/** Where fetched data lives when the user names no folder. */
final class CacheFolder {
    private CacheFolder() {}

    /**
     * The folder named by the environment variable {@code override}, else {@code
     * $XDG_CACHE_HOME/digitpad/NAME}, else {@code ~/.cache/digitpad/NAME} (the XDG base directory
     * convention).
     */
    static Path of(String override, String name) {
        String explicit = System.getenv(override);
        if (explicit != null && !explicit.isBlank()) {
            return Paths.get(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache =
                xdg != null && !xdg.isBlank()
                        ? Paths.get(xdg)
                        : Paths.get(System.getProperty("user.home"), ".cache");
        return cache.resolve("digitpad").resolve(name);
    }

    /**
     * Moves the verified {@code files} from the scratch folder into {@code folder}, each
     * atomically, so a reader never sees half a file.
     */
    static void moveInto(Path scratch, Path folder, List<String> files) throws IOException {
        for (String file : files) {
            Files.move(
                    scratch.resolve(file),
                    folder.resolve(file),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a scratch folder, if any. */
    static void deleteQuietly(Path scratch) {
        if (scratch == null) {
            return;
        }
        try {
            PathUtils.deleteDirectory(scratch);
        } catch (IOException e) {
            // A leftover scratch folder is harmless: its name starts with a dot and is never read.
        }
    }
}
