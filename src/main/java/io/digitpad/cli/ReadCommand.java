package io.digitpad.cli;

import io.digitpad.numbers.NumberReader;
import io.digitpad.numbers.NumberReading;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.ImageDecoder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digitpad read FILE...}: reads the whole number written in each image file. */
@Command(
        name = "read",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Reads the number written in each image (digits side by side, e.g. a postal code).",
            "Prints one line per image: file, the number, each digit's confidence in percent, and",
            "'not sure' when any digit is too uncertain to trust; 'no digit' for a blank image.",
            "An image that cannot be read gets an error line; the others are still read."
        })
final class ReadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Images to read.")
    List<Path> files;

    @Mixin ModelOptions model;

    @Mixin EngineOptions engine;

    @Override
    public Integer call() {
        engine.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (DigitRecognizer recognizer =
                new DigitRecognizer(model.obtain(err), 1, new ImageDecoder())) {
            NumberReader reader = new NumberReader(recognizer);
            return ImageFiles.answerEach(
                    files, out, err, (file, image) -> line(file, reader.read(image)));
        }
    }

    private static String line(Path file, NumberReading reading) {
        if (reading.status() == NumberReading.Status.NO_DIGIT) {
            return file + "\tno digit";
        }
        StringBuilder line = new StringBuilder().append(file).append('\t').append(reading.number());
        char separator = '\t';
        for (NumberReading.ReadDigit digit : reading.digits()) {
            line.append(separator)
                    .append(
                            String.format(
                                    Locale.ROOT,
                                    "%.1f%%",
                                    digit.recognition().confidencePercent()));
            separator = ' ';
        }
        if (reading.status() == NumberReading.Status.NOT_SURE) {
            line.append("\tnot sure");
        }
        return line.toString();
    }
}
