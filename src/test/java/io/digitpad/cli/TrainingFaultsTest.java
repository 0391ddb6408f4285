package io.digitpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.TestData;
import io.digitpad.data.MnistFetcher;
import io.digitpad.data.MnistSet;
import io.digitpad.evaluation.Evaluator;
import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code digitpad train} processes killed at random moments: the model already at the output
 * path is never damaged, and {@code --resume} ends exactly where an uninterrupted run ends.
 */
class TrainingFaultsTest {
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static List<String> smallRun(Path model, String recipe) {
        return trainingArgs(model, recipe, 3);
    }

    /**
     * A run still far from done when its first checkpoint appears, so that a signal sent then
     * always lands mid-run, however fast or loaded the machine.
     */
    private static List<String> longRun(Path model) {
        return trainingArgs(model, "paper", 100);
    }

    private static List<String> trainingArgs(Path model, String recipe, int epochs) {
        return List.of(
                "train",
                "--recipe",
                recipe,
                "--data",
                MnistFetcher.defaultFolder().toString(),
                "--train-images",
                "1024",
                "--epochs",
                Integer.toString(epochs),
                "--seed",
                "11",
                "--threads",
                "1",
                "-o",
                model.toString());
    }

    @TempDir Path dir;

    private final List<Process> started = new ArrayList<>();

    /** A test that fails midway must not leave a 100-epoch training running. */
    @AfterEach
    void stopLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @BeforeAll
    static void mnistIsPresent() {
        TestData.mnist();
    }

    @Test
    void sigkill_leaves_the_old_model_intact_and_resume_matches_an_uninterrupted_run()
            throws Exception {
        // The augmented recipe: its state holds weight averages as well as Adam's moments, and its
        // non-digits add steps to every epoch that the resumed schedule must count.
        Path reference = dir.resolve("reference.params");
        assertThat(run(smallRun(reference, "augmented")).process().exitValue()).isZero();

        Path model = dir.resolve("model.params");
        byte[] old = installOldModel(model);
        Process interrupted = start(smallRun(model, "augmented")).process();
        waitForFile(ModelStore.checkpointFile(model), interrupted);
        assertThat(interrupted.isAlive()).as("killed mid-run").isTrue();
        interrupted.destroyForcibly().waitFor();

        assertThat(Files.readAllBytes(model)).as("old model untouched").isEqualTo(old);
        List<String> resume = new ArrayList<>(smallRun(model, "augmented"));
        resume.add("--resume");
        Run resumed = run(resume);
        assertThat(resumed.process().exitValue()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("Resuming from the checkpoint");

        assertThat(logitsOf(model)).isDeepEqualTo(logitsOf(reference));
        assertThat(ModelStore.checkpointFile(model)).doesNotExist();
    }

    @Test
    void kills_at_random_moments_never_leave_a_damaged_model() throws Exception {
        Path model = dir.resolve("model.params");
        installOldModel(model);
        Random random = new Random(20261124);
        for (int attempt = 0; attempt < 3; attempt++) {
            Process training = start(smallRun(model, "paper")).process();
            Thread.sleep(1_500 + random.nextInt(6_000));
            training.destroyForcibly().waitFor();

            try (DigitModel loaded = ModelStore.load(model)) {
                assertThat(loaded.card().parameters()).isEqualTo(225_034);
            }
        }
    }

    @Test
    void ctrl_c_leaves_the_old_model_intact() throws Exception {
        Path model = dir.resolve("model.params");
        byte[] old = installOldModel(model);
        Process training = startInterruptible(longRun(model)).process();
        waitForFile(ModelStore.checkpointFile(model), training);

        new ProcessBuilder("kill", "-INT", Long.toString(training.pid())).start().waitFor();

        assertThat(training.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(training.exitValue()).isNotZero();
        assertThat(Files.readAllBytes(model)).isEqualTo(old);
    }

    /** Puts the shipped model at {@code file}, standing for a good model trained earlier. */
    private static byte[] installOldModel(Path file) throws IOException {
        try (var in = ModelStore.class.getResourceAsStream(ModelStore.DEFAULT_MODEL_RESOURCE)) {
            byte[] bytes = in.readAllBytes();
            Files.write(file, bytes);
            return bytes;
        }
    }

    private static float[][] logitsOf(Path file) {
        MnistSet firstThousand = TestData.mnist().test().first(1000);
        try (DigitModel model = ModelStore.load(file)) {
            return Evaluator.logits(model.model(), firstThousand);
        }
    }

    /** A digitpad process and the file its output goes to. */
    private record Run(Process process, Path log) {
        String output() throws IOException {
            return Files.readString(log);
        }
    }

    private Run start(List<String> args) throws IOException {
        return start(List.of(), args);
    }

    /**
     * Starts digitpad with Ctrl-C's signal at its default. A build started as a background job (as
     * scripts and CI runners start it) has SIGINT ignored, every process it starts inherits that,
     * and a JVM that inherits an ignored SIGINT never sees Ctrl-C; GNU env resets it.
     */
    private Run startInterruptible(List<String> args) throws IOException {
        return start(List.of("env", "--default-signal=INT"), args);
    }

    private Run start(List<String> launcher, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(JAVA);
        command.add("-Dai.djl.offline=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.digitpad.Digitpad");
        command.addAll(args);
        Path log = Files.createTempFile(dir, "train-", ".log");
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        started.add(process);
        return new Run(process, log);
    }

    private Run run(List<String> args) throws IOException, InterruptedException {
        Run run = start(args);
        assertThat(run.process().waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return run;
    }

    private static void waitForFile(Path file, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(file) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(file).as("a checkpoint was written").exists();
    }
}
