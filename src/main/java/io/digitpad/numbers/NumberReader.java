package io.digitpad.numbers;

import io.digitpad.recognition.DigitPreprocessor;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.Ink;
import io.digitpad.recognition.InkCrop;
import io.digitpad.recognition.MnistImage;
import io.digitpad.recognition.Recognition;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a whole number written as digits side by side: breaks the writing into {@link Pieces}, lets
 * {@link Segmentation} choose which pieces make each digit, and answers each digit as the
 * single-digit path would. Thread-safe.
 */
public final class NumberReader {
    /** Digit height, in pixels, at which writing is split into digits and read. */
    static final double WORKING_HEIGHT = 56;

    private final DigitRecognizer recognizer;
    private final StrokeCounts counts;

    public NumberReader(DigitRecognizer recognizer) {
        this.recognizer = recognizer;
        // Counted from the bundled pen digits (half a second) here, not on the first request.
        this.counts = StrokeCounts.trainingWriters();
    }

    /** The number written as {@code ink}: its strokes are its pieces. */
    public NumberReading read(Ink ink) {
        // The same canvas limit as for a single digit.
        recognizer.requireCanvasWithinLimit(ink.width(), ink.height());
        if (ink.strokes().isEmpty()) {
            return new NumberReading(List.of());
        }
        double scale = Math.min(1, WORKING_HEIGHT / Pieces.digitHeight(ink));
        return read(Pieces.ofStrokes(ink, scale), true, scale);
    }

    /** The number in an image: its blots of ink are its pieces. */
    public NumberReading read(BufferedImage image) {
        InkCrop crop = InkCrop.of(image);
        return crop.isEmpty() ? new NumberReading(List.of()) : read(Pieces.ofImage(crop), false, 1);
    }

    /** The number in encoded image bytes (PNG, JPEG, GIF or BMP). */
    public NumberReading read(byte[] encodedImage) {
        return read(recognizer.decode(encodedImage));
    }

    /**
     * Reads the number in {@code found}, pieces of writing {@code scale} times its size on the
     * canvas, made from strokes or from the blots of an image.
     */
    private NumberReading read(List<Piece> found, boolean strokes, double scale) {
        if (found.isEmpty()) {
            return new NumberReading(List.of());
        }
        double height = Pieces.digitHeight(found);
        // Digits are read at 20x20 pixels: a few times that is all the detail segmentation needs.
        double shrink = Math.min(1, WORKING_HEIGHT / height);
        List<Piece> small = found;
        if (shrink < 1) {
            small = found.stream().map(p -> p.scaled(shrink)).toList();
            height = Pieces.digitHeight(small);
        }
        double toCanvas = 1 / (scale * shrink);
        List<Piece> clean = Pieces.withInsidesJoined(Pieces.withoutDust(small, height));
        List<Piece> pieces = new ArrayList<>(strokes ? clean : Pieces.cutTouching(clean, height));
        pieces.sort(Comparator.comparingDouble(Piece::centreX));
        List<Segmentation.Candidate> candidates = Segmentation.candidates(pieces, height);
        List<MnistImage> inputs = new ArrayList<>(candidates.size());
        for (Segmentation.Candidate candidate : candidates) {
            Piece ink = candidate.ink();
            Optional<MnistImage> input =
                    DigitPreprocessor.normalize(ink.ink(), ink.width(), ink.height());
            // Pieces hold ink, so a candidate normalises; blank is impossible but harmless.
            inputs.add(
                    input.orElseGet(
                            () -> new MnistImage(new float[MnistImage.SIDE * MnistImage.SIDE])));
        }
        List<float[]> probabilities = recognizer.predictAll(inputs);
        List<Recognition> answers = new ArrayList<>(candidates.size());
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            float[] p = probabilities.get(i);
            int drawn = candidates.get(i).ink().strokes();
            answers.add(
                    Recognition.of(
                            counts.weighed(p, drawn),
                            inputs.get(i),
                            DigitRecognizer.NOT_SURE_BELOW));
            double fit = counts.fit(p, drawn);
            scores[i] = fit + Segmentation.shapePrior(candidates.get(i), pieces, height);
        }
        List<NumberReading.ReadDigit> digits = new ArrayList<>();
        for (int i : Segmentation.best(candidates, scores, pieces.size())) {
            Piece ink = candidates.get(i).ink();
            digits.add(
                    new NumberReading.ReadDigit(
                            answers.get(i),
                            new NumberReading.Box(
                                    (int) Math.floor(ink.left() * toCanvas),
                                    (int) Math.floor(ink.top() * toCanvas),
                                    (int) Math.ceil(ink.width() * toCanvas),
                                    (int) Math.ceil(ink.height() * toCanvas))));
        }
        return new NumberReading(digits);
    }
}
