package io.digitpad.benchmark;

import io.digitpad.data.MnistSet;
import io.digitpad.data.PenDigits;
import io.digitpad.numbers.NumberReader;
import io.digitpad.numbers.NumberReading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
        List<NumberReport.Way> ways = new ArrayList<>();
        ways.add(
                read(
                        "real writers, strokes",
                        key ->
                                WrittenNumbers.ofPenDigits(
                                        writers, length(key, perLength), key, seed),
                        number -> reader.read(number.ink()),
                        perLength));
        ways.add(
                read(
                        "real writers, image",
                        key ->
                                WrittenNumbers.ofPenDigits(
                                        writers, length(key, perLength), key, seed),
                        number -> reader.read(number.image()),
                        perLength));
        ways.add(
                read(
                        "MNIST digits, image",
                        key -> WrittenNumbers.ofMnist(mnist, length(key, perLength), key, seed),
                        number -> reader.read(number.image()),
                        perLength));
        return new NumberReport(ways);
    }

    private static int length(int key, int perLength) {
        return SHORTEST + key / perLength;
    }

    private static NumberReport.Way read(
            String name,
            Function<Integer, WrittenNumbers.WrittenNumber> numbers,
            Function<WrittenNumbers.WrittenNumber, NumberReading> reading,
            int perLength) {
        int lengths = LONGEST - SHORTEST + 1;
        int[] exact = new int[lengths];
        int[] digitsRight = new int[lengths];
        List<List<Double>> millis = new ArrayList<>();
        for (int l = 0; l < lengths; l++) {
            millis.add(new ArrayList<>());
        }
        for (int key = 0; key < perLength * lengths; key++) {
            WrittenNumbers.WrittenNumber number = numbers.apply(key);
            long start = System.nanoTime();
            String read = reading.apply(number).number();
            double ms = (System.nanoTime() - start) / 1e6;
            int l = key / perLength;
            millis.get(l).add(ms);
            if (read.equals(number.text())) {
                exact[l]++;
            }
            digitsRight[l] += NumberReport.digitsRight(read, number.text());
        }
        return new NumberReport.Way(name, perLength, exact, digitsRight, millis);
    }
}
