package io.digitpad.cli;

import io.digitpad.data.DataException;
import io.digitpad.data.HandwritingFonts;
import io.digitpad.data.Mnist;
import io.digitpad.data.PenDigits;
import io.digitpad.data.StrokeFont;
import io.digitpad.drawing.WrittenNumbers;
import io.digitpad.evaluation.DrawnBenchmark;
import io.digitpad.evaluation.DrawnReport;
import io.digitpad.evaluation.Evaluation;
import io.digitpad.evaluation.Evaluator;
import io.digitpad.evaluation.HeldOut;
import io.digitpad.evaluation.NumberBenchmark;
import io.digitpad.evaluation.NumberReport;
import io.digitpad.evaluation.RealWriterBenchmark;
import io.digitpad.evaluation.RealWriterReport;
import io.digitpad.evaluation.TypefaceBenchmark;
import io.digitpad.evaluation.TypefaceReport;
import io.digitpad.model.DigitModel;
import io.digitpad.numbers.NumberReader;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.ImageDecoder;
import java.awt.Font;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code digitpad evaluate}: accuracy of a model on the 10,000 MNIST test images. */
@Command(
        name = "evaluate",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Measures a model on the 10,000 MNIST test images: accuracy, accuracy per digit and"
                    + " the confusion matrix;",
            "then on real pen digits of writers training never sees;",
            "then on generated canvas drawings of the test digits, of typeface digits and of"
                    + " non-digit scribbles, through the same recognition path as the web server.",
            "Without options it evaluates the built-in model, fetching MNIST if needed."
        })
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--drawn",
            paramLabel = "N",
            description =
                    "Also recognise about N generated canvas drawings of MNIST test digits and N/4"
                            + " generated non-digits through the full recognition path (default:"
                            + " ${DEFAULT-VALUE}; 0 to skip).")
    int drawn = 2000;

    @Option(
            names = "--typefaces",
            paramLabel = "N",
            description =
                    "Also recognise N drawings of each digit of nine single-stroke typefaces that"
                            + " training never sees (the EMS fonts; default: ${DEFAULT-VALUE}; 0"
                            + " to skip).")
    int typefaces = 40;

    @Option(
            names = "--handwriting",
            paramLabel = "N",
            description =
                    "Also recognise N drawings of each digit of eleven fonts made from real"
                            + " people's handwriting, if installed (Debian packages "
                            + HandwritingFonts.PACKAGES
                            + "; default: ${DEFAULT-VALUE}; 0 to skip).")
    int handwriting = 20;

    @Option(
            names = "--writers",
            paramLabel = "N",
            description =
                    "Also recognise N drawings of each of the 1,500 real pen digits of the six"
                            + " validation writers, whom training never sees (default:"
                            + " ${DEFAULT-VALUE}; 0 to skip).")
    int writers = 1;

    @Option(
            names = "--numbers",
            paramLabel = "N",
            description =
                    "Also read N written numbers of each length from 2 to 10 digits, made of the"
                            + " validation writers' pen digits (as strokes and as images) and of"
                            + " MNIST test digits (default: ${DEFAULT-VALUE}; 0 to skip).")
    int numbers = 100;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the generated drawings (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin ModelOptions model;

    @Mixin EngineOptions engine;

    @Override
    public Integer call() {
        engine.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Mnist mnist = model.data.load(err);
        DigitModel digitModel = model.obtain(err);
        int cores = Runtime.getRuntime().availableProcessors();
        try (DigitRecognizer recognizer =
                new DigitRecognizer(digitModel, cores, new ImageDecoder())) {
            Evaluation evaluation = Evaluator.evaluate(digitModel.model(), mnist.test());
            print(out, digitModel, evaluation, Evaluator.evaluateFramed(recognizer, mnist.test()));
            if (writers > 0) {
                printWriters(out, recognizer, cores);
            }
            if (numbers > 0) {
                printNumbers(out, recognizer, mnist);
            }
            if (drawn > 0) {
                printDrawn(out, recognizer, mnist, cores);
            }
            if (typefaces > 0) {
                printTypefaces(out, err, recognizer, cores);
            }
            if (handwriting > 0) {
                printHandwriting(out, err, recognizer, cores);
            }
        }
        return 0;
    }

    /** Real hands no training saw: the measure closest to what users draw. */
    private void printWriters(PrintWriter out, DigitRecognizer recognizer, int cores) {
        PenDigits validation = HeldOut.writers(PenDigits.bundled());
        RealWriterReport report =
                new RealWriterBenchmark(recognizer, cores).run(validation, writers, seed);
        printSection(
                out,
                String.format(
                        Locale.ROOT,
                        "Real writers (seed %d; the %,d pen digits of the %d validation writers,"
                                + " whom training never sees, drawn %d time%s each on the 400x400"
                                + " canvas and sent as PNG):",
                        seed,
                        validation.size(),
                        validation.writers().length,
                        writers,
                        writers == 1 ? "" : "s"),
                report.lines());
    }

    /** Whole numbers, read one at a time as the server reads them. */
    private void printNumbers(PrintWriter out, DigitRecognizer recognizer, Mnist mnist) {
        NumberReport report =
                new NumberBenchmark(new NumberReader(recognizer))
                        .run(HeldOut.writers(PenDigits.bundled()), mnist.test(), numbers, seed);
        printSection(
                out,
                String.format(
                        Locale.ROOT,
                        "Whole numbers (seed %d; %d of each length, on a %dx%d canvas: one"
                                + " validation writer's pen digits per number, or MNIST test"
                                + " digits; uneven sizes and gaps, one gap in five closed, a"
                                + " sloping baseline):",
                        seed,
                        numbers,
                        WrittenNumbers.WIDTH,
                        WrittenNumbers.HEIGHT),
                report.lines());
    }

    /** The drawn-digit benchmark goes through the same recognizer the web server uses. */
    private void printDrawn(PrintWriter out, DigitRecognizer recognizer, Mnist mnist, int cores) {
        DrawnReport report =
                new DrawnBenchmark(recognizer, cores).run(mnist.test(), drawn, drawn / 4, seed);
        printSection(
                out,
                String.format(
                        Locale.ROOT,
                        "Drawn-digit benchmark (seed %d; generated 400x400 canvas PNGs, full"
                                + " recognition path; 'not sure' below %.0f%%):",
                        seed,
                        100 * DigitRecognizer.NOT_SURE_BELOW),
                report.lines());
    }

    /** A secondary measure: without the fonts (no npm, say) the rest of the report stands. */
    private void printTypefaces(
            PrintWriter out, PrintWriter err, DigitRecognizer recognizer, int cores) {
        List<StrokeFont> fonts;
        try {
            fonts = DataOptions.typefaces(err);
        } catch (DataException e) {
            err.println("Typeface benchmark skipped: " + e.getMessage());
            err.flush();
            return;
        }
        TypefaceReport report =
                new TypefaceBenchmark(recognizer, cores).run(fonts, typefaces, seed);
        printSection(
                out,
                String.format(
                        Locale.ROOT,
                        "Typeface benchmark (seed %d; %d drawings of each digit of %d single-stroke"
                                + " typefaces no MNIST writer drew and training never sees, warped"
                                + " as a hand would):",
                        seed,
                        typefaces,
                        report.accuracyByTypeface().size()),
                report.lines("typeface digits", "typeface"));
    }

    /** Another secondary measure, on fonts the system may not have: skipped without them. */
    private void printHandwriting(
            PrintWriter out, PrintWriter err, DigitRecognizer recognizer, int cores) {
        List<Font> fonts = HandwritingFonts.installed(HandwritingFonts.DEBIAN_FOLDER);
        if (fonts.isEmpty()) {
            err.println(
                    "Handwriting benchmark skipped: none of its fonts is installed (on Debian:"
                            + " apt-get install "
                            + HandwritingFonts.PACKAGES
                            + ")");
            err.flush();
            return;
        }
        TypefaceReport report =
                new TypefaceBenchmark(recognizer, cores).runHandwriting(fonts, handwriting, seed);
        printSection(
                out,
                String.format(
                        Locale.ROOT,
                        "Handwriting benchmark (seed %d; %d drawings of each digit of %d fonts made"
                                + " from real people's handwriting, which training never sees):",
                        seed,
                        handwriting,
                        fonts.size()),
                report.lines("handwriting digits", "font"));
    }

    private static void printSection(PrintWriter out, String heading, List<String> lines) {
        out.println();
        out.println(heading);
        lines.forEach(line -> out.println("  " + line));
        out.flush();
    }

    private static void print(PrintWriter out, DigitModel model, Evaluation e, Evaluation framed) {
        out.printf(
                Locale.ROOT,
                "Model: recipe '%s', %d epochs, trained %s%n",
                model.card().recipe().name(),
                model.card().epochsCompleted(),
                model.card().createdAt());
        out.printf(
                Locale.ROOT,
                "MNIST test accuracy: %.2f%% (%,d of %,d right)%n",
                100 * e.accuracy(),
                Math.round(e.accuracy() * e.total()),
                e.total());
        out.printf(
                Locale.ROOT,
                "MNIST test through the preprocessor, as a 28x28 upload of each is read: %.2f%%%n%n",
                100 * framed.accuracy());
        e.lines().forEach(out::println);
        out.flush();
    }
}
