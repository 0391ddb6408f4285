package io.digitpad.evaluation;

import io.digitpad.data.PenDigit;
import io.digitpad.data.PenDigits;
import io.digitpad.drawing.DrawingCanvas;
import io.digitpad.drawing.PenDigitDrawings;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.Ink;
import io.digitpad.recognition.Recognition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Measures a recognizer on real writers' pen digits, each drawn on the page's canvas as {@link
 * PenDigitDrawings} draws it and sent as the canvas PNG, through the same path as the web server.
 * Given the validation writers, it says how the product reads hands that no training saw.
 */
public final class RealWriterBenchmark {
    private final DigitRecognizer recognizer;
    private final int threads;

    /**
     * @param recognizer the recognizer to measure; not closed here
     * @param threads recognitions run at once
     */
    public RealWriterBenchmark(DigitRecognizer recognizer, int threads) {
        this.recognizer = recognizer;
        this.threads = threads;
    }

    /** Draws every one of {@code digits} {@code copies} times with {@code seed}, and reads them. */
    public RealWriterReport run(PenDigits digits, int copies, long seed) {
        int count = digits.size() * copies;
        List<Ink> drawings =
                IntStream.range(0, count)
                        .parallel()
                        .mapToObj(k -> PenDigitDrawings.draw(digits.get(k / copies), k, seed))
                        .toList();
        List<byte[]> pngs =
                drawings.stream().parallel().map(ink -> DrawingCanvas.png(ink.render())).toList();
        List<Recognition> answers = Recognitions.of(recognizer, pngs, threads);
        // The same drawings as the page sends them: strokes, painted only where the ink is.
        List<Recognition> asStrokes = Recognitions.of(drawings, recognizer::recognize, threads);
        int rightAsStrokes = 0;

        int[][] confusion = new int[10][10];
        int answered = 0;
        int answeredCorrect = 0;
        List<Float> right = new ArrayList<>();
        List<Float> wrong = new ArrayList<>();
        Map<Integer, int[]> byWriter = new TreeMap<>();
        for (int k = 0; k < count; k++) {
            PenDigit digit = digits.get(k / copies);
            Recognition answer = answers.get(k);
            Recognition stroked = asStrokes.get(k);
            if (stroked.hasDigit() && stroked.digit() == digit.digit()) {
                rightAsStrokes++;
            }
            boolean correct = answer.hasDigit() && answer.digit() == digit.digit();
            float confidence = answer.hasDigit() ? answer.probabilities()[answer.digit()] : 0f;
            (correct ? right : wrong).add(confidence);
            if (answer.hasDigit()) {
                confusion[digit.digit()][answer.digit()]++;
            }
            int[] tally = byWriter.computeIfAbsent(digit.writer(), w -> new int[2]);
            tally[0]++;
            tally[1] += correct ? 1 : 0;
            if (Recognitions.isConfident(answer)) {
                answered++;
                answeredCorrect += correct ? 1 : 0;
            }
        }
        Map<Integer, Double> accuracyByWriter = new TreeMap<>();
        byWriter.forEach((writer, t) -> accuracyByWriter.put(writer, (double) t[1] / t[0]));
        return new RealWriterReport(
                count,
                confusion,
                answered,
                answeredCorrect,
                new Confidences(toArray(right)),
                new Confidences(toArray(wrong)),
                accuracyByWriter,
                rightAsStrokes);
    }

    private static float[] toArray(List<Float> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
