package io.digitpad.evaluation;

import io.digitpad.data.HandwritingFonts;
import io.digitpad.data.StrokeFont;
import io.digitpad.drawing.DrawingCanvas;
import io.digitpad.drawing.HandwritingDigits;
import io.digitpad.drawing.TypefaceDigits;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.Recognition;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a recognizer on {@link TypefaceDigits} of the EMS typefaces, digits no MNIST writer
 * drew, in shapes that training never sees (training may use the Hershey typefaces only); and on
 * {@link HandwritingDigits}, the digits of fonts made from real people's hands. Each drawing goes
 * through the same path as the web server, as a PNG.
 */
public final class TypefaceBenchmark {
    private final DigitRecognizer recognizer;
    private final int threads;

    /**
     * @param recognizer the recognizer to measure; not closed here
     * @param threads recognitions run at once
     */
    public TypefaceBenchmark(DigitRecognizer recognizer, int threads) {
        this.recognizer = recognizer;
        this.threads = threads;
    }

    /** Draws {@code copies} of every digit of every EMS typeface with {@code seed}. */
    public TypefaceReport run(List<StrokeFont> typefaces, int copies, long seed) {
        return measure(
                typefaces.stream()
                        .filter(HeldOut::isTypeface)
                        .map(
                                f ->
                                        new Face(
                                                f.name(),
                                                (digit, copy) ->
                                                        TypefaceDigits.draw(f, digit, copy, seed)))
                        .toList(),
                copies);
    }

    /** Draws {@code copies} of every digit of every {@link HandwritingFonts handwriting font}. */
    public TypefaceReport runHandwriting(List<Font> fonts, int copies, long seed) {
        return measure(
                fonts.stream()
                        .map(
                                f ->
                                        new Face(
                                                f.getFamily(),
                                                (digit, copy) ->
                                                        HandwritingDigits.draw(
                                                                f, digit, copy, seed)))
                        .toList(),
                copies);
    }

    private TypefaceReport measure(List<Face> faces, int copies) {
        List<Drawing> drawings = new ArrayList<>();
        for (Face face : faces) {
            for (int digit = 0; digit < 10; digit++) {
                for (int copy = 0; copy < copies; copy++) {
                    drawings.add(new Drawing(face, digit, copy));
                }
            }
        }
        List<byte[]> pngs =
                drawings.parallelStream()
                        .map(d -> DrawingCanvas.png(d.face.canvas.draw(d.digit, d.copy)))
                        .toList();
        List<Recognition> answers = Recognitions.of(recognizer, pngs, threads);

        int[] countPerDigit = new int[10];
        int[] correctPerDigit = new int[10];
        int answered = 0;
        int answeredCorrect = 0;
        Map<String, int[]> byTypeface = new LinkedHashMap<>();
        for (int k = 0; k < drawings.size(); k++) {
            Drawing drawing = drawings.get(k);
            Recognition answer = answers.get(k);
            boolean right = answer.hasDigit() && answer.digit() == drawing.digit;
            int[] tally = byTypeface.computeIfAbsent(drawing.face.name, n -> new int[2]);
            tally[0]++;
            countPerDigit[drawing.digit]++;
            if (right) {
                tally[1]++;
                correctPerDigit[drawing.digit]++;
            }
            if (Recognitions.isConfident(answer)) {
                answered++;
                if (right) {
                    answeredCorrect++;
                }
            }
        }
        Map<String, Double> accuracyByTypeface = new LinkedHashMap<>();
        byTypeface.forEach((name, c) -> accuracyByTypeface.put(name, (double) c[1] / c[0]));
        return new TypefaceReport(
                countPerDigit, correctPerDigit, answered, answeredCorrect, accuracyByTypeface);
    }

    /** Draws copy {@code copy} of a digit as a canvas. */
    private interface DigitCanvas {
        BufferedImage draw(int digit, int copy);
    }

    private record Face(String name, DigitCanvas canvas) {}

    private record Drawing(Face face, int digit, int copy) {}
}
