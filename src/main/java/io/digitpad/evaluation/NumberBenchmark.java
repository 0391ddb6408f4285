package io.digitpad.evaluation;

import io.digitpad.data.MnistSet;
import io.digitpad.data.PenDigits;
import io.digitpad.drawing.WrittenNumbers;
import io.digitpad.numbers.NumberReader;
import io.digitpad.numbers.NumberReading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads {@link WrittenNumbers} of 2 to 10 digits three ways: real writers' numbers as strokes (as
 * the page sends them) and as images of the same canvas, and MNIST test digits as images. Run on
 * one thread, so that the times it reports are those of one request.
 */
public final class NumberBenchmark {
    /** The lengths read: a two-digit amount to a ten-digit account number. */
    public static final int SHORTEST = 2;

    public static final int LONGEST = 10;

    private final NumberReader reader;

    public NumberBenchmark(NumberReader reader) {
        this.reader = reader;
    }

    /** {@code perLength} numbers of each length, each way, drawn with {@code seed}. */
    public NumberReport run(PenDigits writers, MnistSet mnist, int perLength, long seed) {
        Tally strokes = new Tally("real writers, strokes", perLength);
        Tally penImages = new Tally("real writers, image", perLength);
        Tally mnistImages = new Tally("MNIST digits, image", perLength);
        for (int key = 0; key < perLength * (LONGEST - SHORTEST + 1); key++) {
            int length = SHORTEST + key / perLength;
            // One number, read both ways: the strokes and the image of the very same canvas.
            WrittenNumbers.WrittenNumber pen =
                    WrittenNumbers.ofPenDigits(writers, length, key, seed);
            strokes.read(pen, () -> reader.read(pen.ink()));
            penImages.read(pen, () -> reader.read(pen.image()));
            WrittenNumbers.WrittenNumber scanned = WrittenNumbers.ofMnist(mnist, length, key, seed);
            mnistImages.read(scanned, () -> reader.read(scanned.image()));
        }
        return new NumberReport(List.of(strokes.way(), penImages.way(), mnistImages.way()));
    }

    /** What one way of reading got right, and how long it took, by number length. */
    private static final class Tally {
        private final String name;
        private final int perLength;
        private final int[] exact = new int[LONGEST - SHORTEST + 1];
        private final int[] digitsRight = new int[LONGEST - SHORTEST + 1];
        private final List<List<Double>> millis = new ArrayList<>();

        Tally(String name, int perLength) {
            this.name = name;
            this.perLength = perLength;
            for (int l = SHORTEST; l <= LONGEST; l++) {
                millis.add(new ArrayList<>());
            }
        }

        void read(WrittenNumbers.WrittenNumber number, Supplier<NumberReading> reading) {
            long start = System.nanoTime();
            String read = reading.get().number();
            int l = number.text().length() - SHORTEST;
            millis.get(l).add((System.nanoTime() - start) / 1e6);
            if (read.equals(number.text())) {
                exact[l]++;
            }
            digitsRight[l] += NumberReport.digitsRight(read, number.text());
        }

        NumberReport.Way way() {
            return new NumberReport.Way(name, perLength, exact, digitsRight, millis);
        }
    }
}
