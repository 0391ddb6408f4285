package io.digitpad.cli;

import io.digitpad.data.Mnist;
import io.digitpad.data.MnistFetcher;
import io.digitpad.data.StrokeFont;
import io.digitpad.data.StrokeFontFetcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
        return MnistFetcher.standard(lines(log)).load(Optional.ofNullable(folder));
    }

    /**
     * The single-stroke typefaces (Hershey and EMS), fetched into $DIGITPAD_FONTS, else
     * ~/.cache/digitpad/hersheytext, if missing.
     */
    static List<StrokeFont> typefaces(PrintWriter log) {
        return StrokeFontFetcher.standard(lines(log)).load(Optional.empty());
    }

    private static Consumer<String> lines(PrintWriter log) {
        return line -> {
            log.println(line);
            log.flush();
        };
    }
}
