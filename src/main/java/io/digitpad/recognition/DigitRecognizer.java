package io.digitpad.recognition;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelCard;
import io.digitpad.model.PyTorchLog;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one recognition path: image bytes or a decoded image in, {@link Recognition} out.
 *
 * <p>Thread-safe. "The DJL Predictor is not designed to be thread-safe" (DJL's inference
 * performance guide), so the model is loaded once and a small pool of predictors, one per
 * concurrent caller, shares it; a caller beyond the pool size waits for a free predictor.
 *
 * <p>The network runs only on the pool's own threads, one per predictor. libtorch keeps native
 * state for every thread that has called it, for the life of that thread: when each HTTP thread
 * called it, the server's resident memory grew with the number of HTTP threads (at 200 connections:
 * 30 MB more with 32 HTTP threads, 80 MB with 250; SECURITY.md, Memory).
 */
public final class DigitRecognizer implements AutoCloseable {
    /**
     * Below this calibrated probability the answer is "not sure". Chosen on the drawn-digit
     * benchmark and generated scribbles (see the README's results): it keeps nearly every real
     * digit answered while most scribbles are not.
     */
    public static final float NOT_SURE_BELOW = 0.8f;

    private final DigitModel model;
    private final DigitPreprocessor preprocessor = new DigitPreprocessor();
    private final ImageDecoder decoder;
    private final BlockingQueue<Predictor<MnistImage, float[]>> predictors;
    private final List<Predictor<MnistImage, float[]>> all = new ArrayList<>();

    /** The only threads that call into libtorch; each takes a free predictor (never waits). */
    private final ExecutorService engineThreads;

    /**
     * @param model the trained model; closed with this recognizer
     * @param poolSize predictors, i.e. recognitions that can run at the same time
     * @param decoder decodes image bytes, with its size limit
     */
    public DigitRecognizer(DigitModel model, int poolSize, ImageDecoder decoder) {
        PyTorchLog.errorsOnly();
        this.model = model;
        this.decoder = decoder;
        this.predictors = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Predictor<MnistImage, float[]> predictor =
                    model.model()
                            .newPredictor(new DigitTranslator((float) model.card().temperature()));
            all.add(predictor);
            predictors.add(predictor);
        }
        AtomicInteger n = new AtomicInteger();
        this.engineThreads =
                Executors.newFixedThreadPool(
                        poolSize,
                        task -> {
                            Thread t = new Thread(task, "digitpad-engine-" + n.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** A recognizer with one predictor per core and the default image limits. */
    public DigitRecognizer(DigitModel model) {
        this(model, Runtime.getRuntime().availableProcessors(), new ImageDecoder());
    }

    /** The card of the model in use. */
    public ModelCard card() {
        return model.card();
    }

    /** Decodes {@code encodedImage} (PNG, JPEG, GIF or BMP) and recognises the digit in it. */
    public Recognition recognize(byte[] encodedImage) {
        return recognize(decode(encodedImage));
    }

    /**
     * Recognises the digit drawn as {@code ink}: painted as the drawing page paints it, then
     * recognised as that image would be.
     */
    public Recognition recognize(Ink ink) {
        requireCanvasWithinLimit(ink.width(), ink.height());
        return recognize(ink.render());
    }

    /**
     * Refuses a canvas for strokes larger than the images this recognizer decodes: painting it
     * costs what decoding an image of its size does.
     */
    public void requireCanvasWithinLimit(int width, int height) {
        decoder.requireWithinLimit("the canvas", width, height);
    }

    /** Decodes {@code encodedImage} (PNG, JPEG, GIF or BMP) within this recognizer's limits. */
    public BufferedImage decode(byte[] encodedImage) {
        return decoder.decode(encodedImage);
    }

    /** Recognises the digit in {@code image}; a blank image gives {@link Recognition#noDigit()}. */
    public Recognition recognize(BufferedImage image) {
        Optional<MnistImage> digit = preprocessor.normalize(image);
        if (digit.isEmpty()) {
            return Recognition.noDigit();
        }
        return Recognition.of(predict(digit.get()), digit.get(), NOT_SURE_BELOW);
    }

    /** The network's probabilities for an already normalised digit. */
    public float[] predict(MnistImage digit) {
        return onEngineThread(predictor -> predictor.predict(digit));
    }

    /**
     * The network's probabilities for several normalised digits at once, in order: one pass of the
     * network over the batch costs far less than one pass per digit.
     */
    public List<float[]> predictAll(List<MnistImage> digits) {
        return digits.isEmpty() ? List.of() : onEngineThread(p -> p.batchPredict(digits));
    }

    /** What a network call needs from the pool: a predictor of its own for its duration. */
    private interface NetworkCall<T> {
        T run(Predictor<MnistImage, float[]> predictor) throws TranslateException;
    }

    /** Runs {@code call} on an engine thread, the only threads that keep libtorch state. */
    private <T> T onEngineThread(NetworkCall<T> call) {
        Future<T> answer = engineThreads.submit(() -> withPredictor(call));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the network", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private <T> T withPredictor(NetworkCall<T> call) {
        Predictor<MnistImage, float[]> predictor;
        try {
            predictor = predictors.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a predictor", e);
        }
        try {
            return call.run(predictor);
        } catch (TranslateException e) {
            throw new IllegalStateException("the network failed on a valid input", e);
        } finally {
            predictors.add(predictor);
        }
    }

    @Override
    public void close() {
        engineThreads.shutdown();
        all.forEach(Predictor::close);
        model.close();
    }
}
