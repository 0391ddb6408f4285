package io.digitpad.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the single-stroke typefaces of the typeface benchmark, fetching them with npm when they are
 * not there yet.
 *
 * <p>They come from the npm package {@code hersheytext@2.0.0}: six Hershey fonts and nine EMS fonts
 * (see {@link StrokeFonts}). Without an explicit folder its files live in a cache folder ({@code
 * $DIGITPAD_FONTS}, else {@code $XDG_CACHE_HOME/digitpad/hersheytext}, else {@code
 * ~/.cache/digitpad/hersheytext}). Fetched files are written to a scratch folder, checked against
 * their SHA-256, and only then moved in, so an interrupted fetch never leaves a half file behind.
 */
public final class StrokeFontFetcher {
    static final String PACKAGE = "hersheytext@2.0.0";

    private final NpmPackage npmPackage;
    private final Consumer<String> log;

    StrokeFontFetcher(NpmPackage npmPackage, Consumer<String> log) {
        this.npmPackage = npmPackage;
        this.log = log;
    }

    /** A fetcher that uses the npm on the PATH; {@code log} receives progress. */
    public static StrokeFontFetcher standard(Consumer<String> log) {
        return new StrokeFontFetcher(new NpmPackage(PACKAGE), log);
    }

    /** The folder used when the user names none. */
    public static Path defaultFolder() {
        return CacheFolder.of("DIGITPAD_FONTS", "hersheytext");
    }

    /**
     * The fifteen typefaces, Hershey first, read from {@code folder} (or the default folder) after
     * fetching any missing file and checking every file's SHA-256.
     */
    public List<StrokeFont> load(Optional<Path> folder) {
        Path dir = folder.orElseGet(StrokeFontFetcher::defaultFolder);
        if (!StrokeFontFile.allPresent(dir)) {
            // fetch checks every file before moving it in.
            fetch(dir);
            return StrokeFonts.read(dir);
        }
        for (StrokeFontFile file : StrokeFontFile.values()) {
            String mismatch = mismatch(dir, file);
            if (mismatch != null) {
                throw new DataException(
                        "In "
                                + dir
                                + ", "
                                + mismatch
                                + "; delete it and it will be fetched again from "
                                + PACKAGE);
            }
        }
        return StrokeFonts.read(dir);
    }

    /** Fetches every {@link StrokeFontFile} into {@code folder}, replacing what is there. */
    public void fetch(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataException("cannot create the font folder " + folder + ": " + e);
        }
        log.accept("Fetching fonts from " + npmPackage.describe() + " into " + folder + " ...");
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(folder, ".fetch-");
            npmPackage.unpack(
                    Stream.of(StrokeFontFile.values()).map(StrokeFontFile::entry).toList(),
                    scratch);
            for (StrokeFontFile file : StrokeFontFile.values()) {
                String mismatch = mismatch(scratch, file);
                if (mismatch != null) {
                    throw new IOException(mismatch);
                }
            }
            CacheFolder.moveInto(
                    scratch,
                    folder,
                    Stream.of(StrokeFontFile.values()).map(StrokeFontFile::fileName).toList());
            log.accept("The fonts are ready in " + folder + " (SHA-256 verified)");
        } catch (IOException e) {
            throw new DataException(
                    "The fonts are not in "
                            + folder
                            + " and could not be fetched from "
                            + npmPackage.describe()
                            + " ("
                            + MnistFetcher.reason(e)
                            + "). Fix: make sure npm works (it fetches the package), or copy"
                            + " hersheytext.json and the nine svg_fonts/EMS*.svg files of that"
                            + " package side by side into "
                            + folder
                            + ".",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("interrupted while fetching the fonts");
        } finally {
            CacheFolder.deleteQuietly(scratch);
        }
    }

    /** What is wrong with {@code file} in {@code folder}, or null when it has its SHA-256. */
    private static String mismatch(Path folder, StrokeFontFile file) {
        String actual;
        try (InputStream in = Files.newInputStream(folder.resolve(file.fileName()))) {
            actual = Sha256.of(in);
        } catch (IOException e) {
            return file.fileName() + " cannot be read (" + MnistFetcher.reason(e) + ")";
        }
        if (actual.equals(file.sha256())) {
            return null;
        }
        return file.fileName() + " has SHA-256 " + actual + ", expected " + file.sha256();
    }
}
