package io.digitpad.evaluation;

import io.digitpad.data.MnistSet;
import io.digitpad.drawing.DrawingCanvas;
import io.digitpad.drawing.DrawnDigits;
import io.digitpad.drawing.Flourish;
import io.digitpad.drawing.NonDigits;
import io.digitpad.drawing.Sizing;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.Recognition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Measures a recognizer on {@link DrawnDigits} and {@link NonDigits}, through the same path as the
 * web server: each canvas is encoded as PNG and handed to {@link
 * DigitRecognizer#recognize(byte[])}.
 */
public final class DrawnBenchmark {
    private final DigitRecognizer recognizer;
    private final int threads;

    /**
     * A benchmark of {@code recognizer}.
     *
     * @param recognizer the recognizer to measure; not closed here
     * @param threads recognitions run at once; more than the recognizer's predictor pool only queue
     */
    public DrawnBenchmark(DigitRecognizer recognizer, int threads) {
        this.recognizer = recognizer;
        this.threads = threads;
    }

    /**
     * Draws about {@code digitCount} test digits (see {@link DrawnDigits#indices}) and {@code
     * nonDigitCount} non-digits with {@code seed}, and recognizes them all. Drawing comes first and
     * is not timed; {@link DrawnReport#imagesPerSecond()} times recognition alone.
     */
    public DrawnReport run(MnistSet test, int digitCount, int nonDigitCount, long seed) {
        int[] indices = DrawnDigits.indices(test, digitCount);
        // Only the PNGs are kept: a few KB each instead of a 640 KB canvas.
        List<byte[]> pngs = new ArrayList<>(indices.length + nonDigitCount);
        pngs.addAll(
                IntStream.of(indices)
                        .parallel()
                        .mapToObj(i -> DrawnDigits.draw(test, i, seed).toPng())
                        .toList());
        List<Variant> variants = variants(test, indices);
        pngs.addAll(
                variants.parallelStream()
                        .map(
                                v ->
                                        (v.tapped
                                                        ? DrawnDigits.drawTapped(
                                                                test, v.index, seed)
                                                        : DrawnDigits.draw(
                                                                test,
                                                                v.index,
                                                                seed,
                                                                v.flourish,
                                                                v.sizing))
                                                .toPng())
                        .toList());
        pngs.addAll(
                IntStream.range(0, nonDigitCount)
                        .parallel()
                        .mapToObj(i -> DrawingCanvas.png(NonDigits.draw(i, seed)))
                        .toList());

        long start = System.nanoTime();
        List<Recognition> answers = Recognitions.of(recognizer, pngs, threads);
        double seconds = (System.nanoTime() - start) / 1e9;

        int[] countPerDigit = new int[10];
        int[] correctPerDigit = new int[10];
        int answered = 0;
        int answeredCorrect = 0;
        float[] digitConfidences = new float[indices.length];
        for (int k = 0; k < indices.length; k++) {
            Recognition answer = answers.get(k);
            int label = test.label(indices[k]);
            boolean right = answer.hasDigit() && answer.digit() == label;
            countPerDigit[label]++;
            if (right) {
                correctPerDigit[label]++;
            }
            if (Recognitions.isConfident(answer)) {
                answered++;
                if (right) {
                    answeredCorrect++;
                }
            }
            digitConfidences[k] = answer.confidencePercent() / 100f;
        }
        Map<String, int[]> byVariant = new LinkedHashMap<>();
        for (int k = 0; k < variants.size(); k++) {
            Variant drawn = variants.get(k);
            Recognition answer = answers.get(indices.length + k);
            int[] tally = byVariant.computeIfAbsent(drawn.description(), key -> new int[2]);
            tally[0]++;
            if (answer.hasDigit() && answer.digit() == test.label(drawn.index)) {
                tally[1]++;
            }
        }
        int nonDigitsFrom = indices.length + variants.size();
        int nonDigitsAnswered = 0;
        float[] nonDigitConfidences = new float[nonDigitCount];
        Map<String, int[]> byKind = new TreeMap<>();
        for (int k = 0; k < nonDigitCount; k++) {
            Recognition answer = answers.get(nonDigitsFrom + k);
            int[] kind = byKind.computeIfAbsent(NonDigits.kind(k).name(), key -> new int[2]);
            kind[0]++;
            if (Recognitions.isConfident(answer)) {
                nonDigitsAnswered++;
                kind[1]++;
            }
            nonDigitConfidences[k] = answer.confidencePercent() / 100f;
        }
        return new DrawnReport(
                countPerDigit,
                correctPerDigit,
                answered,
                answeredCorrect,
                new Confidences(digitConfidences),
                fractions(byVariant),
                nonDigitCount,
                nonDigitsAnswered,
                new Confidences(nonDigitConfidences),
                fractions(byKind),
                pngs.size() / seconds);
    }

    /**
     * The drawings measured apart from the headline: the 1s and 7s again with each flourish their
     * digit can have, and every digit again drawn small with the page's pen, with a hairline, in a
     * narrow hand, and as in the headline with a stray tap beside it.
     */
    private static List<Variant> variants(MnistSet test, int[] indices) {
        List<Variant> variants = new ArrayList<>();
        for (Flourish flourish : Flourish.values()) {
            if (flourish != Flourish.NONE) {
                for (int index : indices) {
                    if (test.label(index) == flourish.digit()) {
                        variants.add(new Variant(index, flourish, Sizing.VARIED, false));
                    }
                }
            }
        }
        for (Sizing sizing : List.of(Sizing.SMALL_WITH_PAGE_PEN, Sizing.HAIRLINE, Sizing.NARROW)) {
            for (int index : indices) {
                variants.add(new Variant(index, Flourish.NONE, sizing, false));
            }
        }
        for (int index : indices) {
            variants.add(new Variant(index, Flourish.NONE, Sizing.VARIED, true));
        }
        return variants;
    }

    private record Variant(int index, Flourish flourish, Sizing sizing, boolean tapped) {
        String description() {
            if (tapped) {
                return "with a stray tap";
            }
            return flourish == Flourish.NONE ? sizing.description() : flourish.description();
        }
    }

    private static Map<String, Double> fractions(Map<String, int[]> counts) {
        Map<String, Double> fractions = new LinkedHashMap<>();
        counts.forEach((kind, c) -> fractions.put(kind, (double) c[1] / c[0]));
        return fractions;
    }
}
