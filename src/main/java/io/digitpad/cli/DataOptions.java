package io.digitpad.cli;

import io.digitpad.data.Mnist;
import io.digitpad.data.MnistFetcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the MNIST data lives. */
final class DataOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = {
                "Folder with the four MNIST IDX files (raw or .gz); fetched there if missing.",
                "Default: $DIGITPAD_DATA, else ~/.cache/digitpad/mnist"
            })
    Path folder;

    Mnist load(PrintWriter log) {
        return MnistFetcher.standard(
                        line -> {
                            log.println(line);
                            log.flush();
                        })
                .load(Optional.ofNullable(folder));
    }
}
