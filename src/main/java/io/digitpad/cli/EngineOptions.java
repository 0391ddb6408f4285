package io.digitpad.cli;

import picocli.CommandLine.Option;

/** CPU threads for the engine; must be applied before the engine first loads. */
final class EngineOptions {
    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "CPU threads for the network (default: one per core, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    void apply() {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--threads must be at least 1");
        }
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
}
