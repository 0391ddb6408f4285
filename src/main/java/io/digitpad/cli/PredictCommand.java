package io.digitpad.cli;

import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.ImageDecoder;
import io.digitpad.recognition.Recognition;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digitpad predict FILE...}: recognises the digit in each image file. */
@Command(
        name = "predict",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Recognises the digit in each image (PNG, JPEG, GIF or BMP; any size; dark ink on"
                    + " light or light on dark).",
            "Prints one line per image: file, digit, confidence in percent, and 'not sure' when the",
            "confidence is too low to trust (the digit is then only the best guess).",
            "An image that cannot be read gets an error line; the others are still recognised."
        })
final class PredictCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Images to recognise.")
    List<Path> files;

    @Option(
            names = "--probabilities",
            description = "Also print the probability of every digit 0-9.")
    boolean probabilities;

    @Mixin ModelOptions model;

    @Mixin EngineOptions engine;

    @Override
    public Integer call() {
        engine.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (DigitRecognizer recognizer =
                new DigitRecognizer(model.obtain(err), 1, new ImageDecoder())) {
            return ImageFiles.answerEach(
                    files, out, err, (file, image) -> line(file, recognizer.recognize(image)));
        }
    }

    private String line(Path file, Recognition r) {
        if (!r.hasDigit()) {
            return file + "\tno digit";
        }
        StringBuilder line =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "%s\t%d\t%.1f%%",
                                file,
                                r.digit(),
                                r.confidencePercent()));
        if (r.status() == Recognition.Status.NOT_SURE) {
            line.append("\tnot sure");
        }
        if (probabilities) {
            for (int d = 0; d < r.probabilities().length; d++) {
                line.append(String.format(Locale.ROOT, "\t%d:%.4f", d, r.probabilities()[d]));
            }
        }
        return line.toString();
    }
}
