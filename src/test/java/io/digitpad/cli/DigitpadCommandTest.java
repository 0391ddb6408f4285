package io.digitpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.TestData;
import io.digitpad.data.MnistFetcher;
import io.digitpad.data.MnistSet;
import io.digitpad.model.ModelCard;
import io.digitpad.model.ModelStore;
import io.digitpad.recognition.Drawings;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DigitpadCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void help_lists_every_command_and_exits_0() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("serve", "predict", "read", "evaluate", "train");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unknown_option_exits_2_with_a_one_line_error() {
        int exit = run("--frobnicate");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList())
                .containsExactly(
                        "digitpad: Unknown option: '--frobnicate'",
                        "Run 'digitpad --help' for usage.");
    }

    @Test
    void an_unknown_option_in_place_of_the_files_is_named_not_the_missing_files() {
        int exit = run("predict", "--bogus");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .containsExactly(
                        "digitpad: Unknown option: '--bogus'",
                        "Run 'digitpad predict --help' for usage.");
    }

    @Test
    void no_command_exits_2_and_says_a_command_is_missing() {
        int exit = run();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValue("digitpad: Missing command");
    }

    @Test
    void predict_on_a_missing_file_exits_1_naming_the_file() {
        Path missing = dir.resolve("nothing-here.png");

        int exit = run("predict", missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("digitpad: " + missing + ": no such file\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void predict_on_a_corrupt_png_exits_1_with_a_clear_message() throws IOException {
        byte[] png = Drawings.encode(Drawings.onWhite(Drawings.seven(), 250, 75, 75), "png");
        Path broken = Files.write(dir.resolve("broken.png"), Arrays.copyOf(png, png.length / 3));

        int exit = run("predict", broken.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo(
                        "digitpad: "
                                + broken
                                + ": the image is corrupt or truncated and cannot be decoded\n");
    }

    @Test
    void predict_prints_file_digit_and_confidence() throws IOException {
        Path seven = canvasPng(0, "seven.png");

        int exit = run("predict", seven.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).matches(quoted(seven) + "\t7\t\\d{1,3}\\.\\d%\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void read_prints_the_number_and_each_digits_confidence() {
        Path number = Path.of("samples", "number-74842.png");
        Path missing = dir.resolve("nothing-here.png");

        int exit = run("read", number.toString(), missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .matches(
                        quoted(number)
                                + "\t74842\t(\\d{1,3}\\.\\d% ){4}\\d{1,3}\\.\\d%(\tnot sure)?\n");
        assertThat(err.toString()).isEqualTo("digitpad: " + missing + ": no such file\n");
    }

    @Test
    void read_says_no_digit_for_a_blank_image() {
        Path blank = Path.of("samples", "blank.png");

        int exit = run("read", blank.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(blank + "\tno digit\n");
    }

    @Test
    void predict_recognises_several_files_and_reports_the_broken_one() throws IOException {
        Path seven = canvasPng(0, "a.png");
        Path missing = dir.resolve("b.png");
        Path two = canvasPng(1, "c.png");

        int exit = run("predict", seven.toString(), missing.toString(), two.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines())
                .hasSize(2)
                .satisfiesExactly(
                        line -> assertThat(line).startsWith(seven + "\t7\t"),
                        line -> assertThat(line).startsWith(two + "\t2\t"));
        assertThat(err.toString()).isEqualTo("digitpad: " + missing + ": no such file\n");
    }

    @Test
    void predict_with_probabilities_prints_all_ten() throws IOException {
        Path seven = canvasPng(0, "seven.png");

        run("predict", "--probabilities", seven.toString());

        String[] fields = out.toString().strip().split("\t");
        assertThat(fields).hasSize(3 + 10);
        assertThat(fields[3]).startsWith("0:");
        assertThat(fields[12]).startsWith("9:");
    }

    @Test
    void predict_on_a_blank_image_says_no_digit() throws IOException {
        Path blank =
                Files.write(
                        dir.resolve("blank.png"),
                        Drawings.encode(
                                Drawings.canvas(BufferedImage.TYPE_INT_ARGB, Color.WHITE), "png"));

        int exit = run("predict", blank.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(blank + "\tno digit\n");
    }

    @Test
    void predict_with_a_corrupt_model_file_exits_1_with_the_model_error() throws IOException {
        Path model = Files.write(dir.resolve("bad.params"), "not a model".getBytes());
        Path seven = canvasPng(0, "seven.png");

        int exit = run("predict", "--model", model.toString(), seven.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("digitpad: " + model + " is not a digitpad model")
                .hasLineCount(1)
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void zero_threads_exits_2_with_the_reason_on_the_commands_stderr() {
        int exit = run("predict", "--threads", "0", dir.resolve("x.png").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().findFirst())
                .hasValue("digitpad: --threads must be at least 1");
        assertThat(err.toString()).doesNotContain("<main class>");
    }

    @Test
    void train_with_zero_epochs_exits_2_with_the_reason() {
        int exit = run("train", "--epochs", "0", "-o", dir.resolve("m.params").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().findFirst())
                .hasValue("digitpad: epochs must be at least 1, was 0");
        assertThat(dir.resolve("m.params")).doesNotExist();
    }

    @Test
    void train_writes_model_card_and_history_and_predict_uses_the_result() throws IOException {
        Path model = dir.resolve("m.params");
        TestData.mnist();

        int trained = trainSmall(model);

        assertThat(trained).as(err.toString()).isZero();
        assertThat(model).isRegularFile();
        assertThat(dir.resolve("m.card.json")).isRegularFile();
        assertThat(dir.resolve("m.history.csv")).isRegularFile();
        assertThat(Files.readAllLines(dir.resolve("m.history.csv"))).hasSize(2);
        ModelCard card = ModelCard.fromJson(Files.readString(dir.resolve("m.card.json")));
        assertThat(card.recipe().trainImages()).isEqualTo(256);
        assertThat(card.epochsCompleted()).isEqualTo(1);
        assertThat(err.toString()).contains("Saved " + model);

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Path seven = canvasPng(0, "seven.png");
        int predicted = run("predict", "--model", model.toString(), seven.toString());

        assertThat(predicted).as(err.toString()).isZero();
        assertThat(out.toString()).matches(quoted(seven) + "\t\\d\t\\d{1,3}\\.\\d%(\tnot sure)?\n");
    }

    @Test
    void resuming_a_checkpoint_of_another_version_exits_1_and_says_to_start_over()
            throws IOException {
        Path model = dir.resolve("m.params");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream old = new DataOutputStream(bytes)) {
            old.writeUTF("digitpad-checkpoint");
            old.writeInt(1);
        }
        Files.write(ModelStore.checkpointFile(model), bytes.toByteArray());

        int exit = trainSmall(model, "--resume");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains("was written by another version of digitpad")
                .contains("train without --resume")
                .doesNotContain("Exception");
        assertThat(model).doesNotExist();
    }

    /** One epoch on 256 training images, saved at {@code model}, plus {@code extra} options. */
    @Test
    void
            evaluate_reports_mnist_real_writers_the_drawn_digits_the_unseen_typefaces_and_handwriting() {
        TestData.mnist();
        TestData.strokeFonts();

        int exit =
                run(
                        "evaluate",
                        "--drawn",
                        "200",
                        "--typefaces",
                        "3",
                        "--handwriting",
                        "2",
                        "--data",
                        MnistFetcher.defaultFolder().toString());

        assertThat(exit).isZero();
        String report = out.toString();
        assertThat(report)
                .containsPattern("MNIST test accuracy: 99\\.\\d\\d% \\(")
                .containsPattern("MNIST test through the preprocessor, .*: 99\\.\\d\\d%")
                .contains("Real writers (seed 1; the 1,500 pen digits of the 6 validation writers")
                .containsPattern("real writers' digits: 1,500, best guess right 9\\d\\.\\d\\d%")
                .containsPattern("wrong answers claiming over 95%: \\d+ of \\d+ wrong")
                .containsPattern("drawn digits: \\d+, best guess right 9\\d\\.\\d\\d%")
                .contains("Typeface benchmark (seed 1; 3 drawings of each digit of 9")
                .contains("typeface digits: 270, best guess right 9")
                .contains("EMS Allure", "EMS Tech")
                .doesNotContain("Hershey")
                .contains("Handwriting benchmark (seed 1; 2 drawings of each digit of 11 fonts")
                .containsPattern("handwriting digits: 220, best guess right (9\\d|100)\\.\\d\\d%")
                .contains("DkgHandwriting", "Klee One");
    }

    private int trainSmall(Path model, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "train",
                                "--train-images",
                                "256",
                                "--epochs",
                                "1",
                                "-o",
                                model.toString(),
                                "--data",
                                MnistFetcher.defaultFolder().toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private int run(String... args) {
        CommandLine cli = DigitpadCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** MNIST test image {@code index} as a 400x400 black-on-white canvas PNG in the temp dir. */
    private Path canvasPng(int index, String name) throws IOException {
        MnistSet test = TestData.mnist().test();
        BufferedImage canvas = Drawings.mnistOnCanvas(test, index, 260, 70, 60, true);
        return Files.write(dir.resolve(name), Drawings.encode(canvas, "png"));
    }

    private static String quoted(Path path) {
        return java.util.regex.Pattern.quote(path.toString());
    }
}
