package io.digitpad.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** CPU threads for the engine; must be applied before the engine first loads. */
final class EngineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "CPU threads per network operation (default: one per core for training and"
                            + " evaluation, 1 for serving, where requests run in parallel instead).")
    Integer threads;

    /** Applies {@code --threads}, or {@code defaultThreads} when it was not given. */
    void apply(int defaultThreads) {
        int n = threads == null ? defaultThreads : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(n));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }

    /** Applies {@code --threads}, defaulting to one thread per core. */
    void apply() {
        apply(Runtime.getRuntime().availableProcessors());
    }
}
