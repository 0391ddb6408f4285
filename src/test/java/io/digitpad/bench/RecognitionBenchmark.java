package io.digitpad.bench;

import io.digitpad.data.PenDigits;
import io.digitpad.drawing.PenDigitDrawings;
import io.digitpad.model.ModelStore;
import io.digitpad.recognition.DigitPreprocessor;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.ImageDecoder;
import io.digitpad.recognition.Ink;
import io.digitpad.recognition.MnistImage;
import io.digitpad.recognition.Recognition;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Single-image latency of the recognition path and of its parts, with the shipped model: a 400x400
 * canvas PNG of a drawn 7 decoded, normalised and classified, and a validation writer's digit sent
 * as strokes, as the page sends it. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecognitionBenchmark {
    private DigitRecognizer recognizer;
    private final ImageDecoder decoder = new ImageDecoder();
    private final DigitPreprocessor preprocessor = new DigitPreprocessor();
    private byte[] png;
    private BufferedImage canvas;
    private BufferedImage decoded;
    private MnistImage digit;
    private Ink strokes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        recognizer = new DigitRecognizer(ModelStore.loadDefault(), 1, decoder);
        canvas = drawnSeven();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(canvas, "png", out);
        png = out.toByteArray();
        digit = preprocessor.normalize(canvas).orElseThrow();
        decoded = decoder.decode(png);
        strokes = PenDigitDrawings.draw(PenDigits.bundled().validationWriters().get(7), 7, 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        recognizer.close();
    }

    /** Everything a request does after reading the body: decode, normalise, forward, softmax. */
    @Benchmark
    public Recognition recognizePng() {
        return recognizer.recognize(png);
    }

    /** A validation writer's digit as the page sends its strokes: painted, normalised, forward. */
    @Benchmark
    public Recognition recognizeStrokes() {
        return recognizer.recognize(strokes);
    }

    /** The network alone, through the translator, on an already normalised digit. */
    @Benchmark
    public float[] forward() {
        return recognizer.predict(digit);
    }

    @Benchmark
    public BufferedImage decodePng() {
        return decoder.decode(png);
    }

    /** Normalising a decoded PNG: the raster layout a request brings. */
    @Benchmark
    public Optional<MnistImage> normalize() {
        return preprocessor.normalize(decoded);
    }

    @Benchmark
    public byte[] encodeInputPng() {
        return digit.toPng();
    }

    static BufferedImage drawnSeven() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(28, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {90, 330, 250, 190}, new int[] {70, 70, 200, 360}, 4);
        g.dispose();
        return image;
    }
}
