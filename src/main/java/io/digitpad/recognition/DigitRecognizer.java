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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one recognition path: image bytes or a decoded image in, {@link Recognition} out.
 *
 * <p>Thread-safe. "The DJL Predictor is not designed to be thread-safe" (DJL's inference
 * performance guide), so the model is loaded once and each of a few engine threads owns a
 * predictor. Callers queue their digits; a free engine thread takes every digit waiting, up to
 * {@link #MOST_AT_ONCE}, and runs the network once over them all. One pass over eight digits costs
 * far less than eight passes over one, so under load the answers come faster, while a lone request
 * never waits for company: a batch is whatever is already queued. (A digit's probabilities can
 * differ in the sixth significant figure with the company it is batched in: libtorch sums in
 * another order; the answer does not change.)
 *
 * <p>The network runs only on the engine threads. libtorch keeps native state for every thread that
 * has called it, for the life of that thread: when each HTTP thread called it, the server's
 * resident memory grew with the number of HTTP threads (at 200 connections: 30 MB more with 32 HTTP
 * threads, 80 MB with 250; SECURITY.md, Memory).
 */
public final class DigitRecognizer implements AutoCloseable {
    /**
     * Below this calibrated probability the answer is "not sure". Chosen on the drawn-digit
     * benchmark and generated scribbles (see the README's results): it keeps nearly every real
     * digit answered while most scribbles are not.
     */
    public static final float NOT_SURE_BELOW = 0.8f;

    /** Largest PNG pixel array a thread keeps between requests: the page's 400x400 RGBA. */
    private static final int KEPT_PIXEL_BYTES = 400 * 400 * 4;

    /** Most digits in one pass of the network: beyond this a batch gains little per digit. */
    static final int MOST_AT_ONCE = 32;

    private final DigitModel model;
    private final DigitPreprocessor preprocessor = new DigitPreprocessor();
    private final ImageDecoder decoder;
    private final BlockingQueue<Job> waiting = new LinkedBlockingQueue<>();
    private final List<Predictor<List<MnistImage>, List<float[]>>> predictors = new ArrayList<>();
    private final List<Thread> engineThreads = new ArrayList<>();
    private volatile boolean closed;
    private final ThreadLocal<byte[]> pixelBuffers = new ThreadLocal<>();

    /** Digits waiting for the network, and where their probabilities go. */
    private record Job(List<MnistImage> digits, CompletableFuture<List<float[]>> answer) {}

    /**
     * @param model the trained model; closed with this recognizer
     * @param engines engine threads, each with its own predictor: network passes that can run at
     *     the same time
     * @param decoder decodes image bytes, with its size limit
     */
    public DigitRecognizer(DigitModel model, int engines, ImageDecoder decoder) {
        PyTorchLog.errorsOnly();
        this.model = model;
        this.decoder = decoder;
        for (int i = 0; i < engines; i++) {
            Predictor<List<MnistImage>, List<float[]>> predictor =
                    model.model()
                            .newPredictor(new DigitTranslator((float) model.card().temperature()));
            predictors.add(predictor);
            Thread engine = new Thread(() -> serve(predictor), "digitpad-engine-" + (i + 1));
            engine.setDaemon(true);
            engineThreads.add(engine);
            engine.start();
        }
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
        return recognize(decoder.decode(encodedImage, this::pixelBuffer));
    }

    /**
     * This thread's array for a decoded PNG's pixels, reused by the next request: recognition keeps
     * nothing of the image. A page-sized RGBA canvas is kept; larger ones are made each time.
     */
    private byte[] pixelBuffer(int length) {
        byte[] kept = pixelBuffers.get();
        if (kept != null && kept.length >= length) {
            return kept;
        }
        byte[] buffer = new byte[length];
        if (length <= KEPT_PIXEL_BYTES) {
            pixelBuffers.set(buffer);
        }
        return buffer;
    }

    /**
     * Recognises the digit drawn as {@code ink}: painted as the drawing page paints it, but only
     * where the ink is and at the size recognition works at ({@link Ink#framed}), then recognised
     * as that image would be.
     */
    public Recognition recognize(Ink ink) {
        requireCanvasWithinLimit(ink.width(), ink.height());
        return recognize(ink.framed(DigitPreprocessor.WORKING).render());
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
        return predictAll(List.of(digit)).get(0);
    }

    /**
     * The network's probabilities for several normalised digits, in order, in as few passes of the
     * network as the batch limit allows.
     */
    public List<float[]> predictAll(List<MnistImage> digits) {
        if (digits.isEmpty()) {
            return List.of();
        }
        if (closed) {
            throw new IllegalStateException("the recognizer is closed");
        }
        CompletableFuture<List<float[]>> answer = new CompletableFuture<>();
        waiting.add(new Job(List.copyOf(digits), answer));
        if (closed) {
            failWaiting(); // closed while this was queued: no engine is left to answer it
        }
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

    /** An engine thread's life: take what is waiting, run it, answer, until closed. */
    private void serve(Predictor<List<MnistImage>, List<float[]>> predictor) {
        Job carried = null;
        try {
            while (true) {
                List<Job> batch = new ArrayList<>();
                Job next = carried != null ? carried : waiting.take();
                carried = null;
                int size = 0;
                while (next != null) {
                    if (!batch.isEmpty() && size + next.digits().size() > MOST_AT_ONCE) {
                        carried = next;
                        break;
                    }
                    batch.add(next);
                    size += next.digits().size();
                    next = size < MOST_AT_ONCE ? waiting.poll() : null;
                }
                run(predictor, batch);
            }
        } catch (InterruptedException e) {
            // Closed: the thread ends.
        }
    }

    private static void run(Predictor<List<MnistImage>, List<float[]>> predictor, List<Job> batch) {
        List<MnistImage> digits = new ArrayList<>();
        batch.forEach(job -> digits.addAll(job.digits()));
        try {
            List<float[]> probabilities = predictor.predict(digits);
            int from = 0;
            for (Job job : batch) {
                int to = from + job.digits().size();
                job.answer().complete(probabilities.subList(from, to));
                from = to;
            }
        } catch (TranslateException | RuntimeException e) {
            IllegalStateException failure =
                    new IllegalStateException("the network failed on a valid input", e);
            batch.forEach(job -> job.answer().completeExceptionally(failure));
        }
    }

    /** Answers every digit still queued with an error: the engines have stopped. */
    private void failWaiting() {
        Job job;
        while ((job = waiting.poll()) != null) {
            job.answer()
                    .completeExceptionally(new IllegalStateException("the recognizer is closed"));
        }
    }

    @Override
    public void close() {
        closed = true;
        engineThreads.forEach(Thread::interrupt);
        for (Thread engine : engineThreads) {
            try {
                engine.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        failWaiting();
        predictors.forEach(Predictor::close);
        model.close();
    }
}
