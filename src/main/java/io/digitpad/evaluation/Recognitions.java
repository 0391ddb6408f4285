package io.digitpad.evaluation;

import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.Recognition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Recognizes many drawings at once, as the web server's clients would send them. */
final class Recognitions {
    private Recognitions() {}

    /** The recognizer's answer for each of {@code pngs}, in order, {@code threads} at a time. */
    static List<Recognition> of(DigitRecognizer recognizer, List<byte[]> pngs, int threads) {
        return of(pngs, recognizer::recognize, threads);
    }

    /**
     * {@code recognize}'s answer for each of {@code drawings}, in order, {@code threads} at a time.
     */
    static <T> List<Recognition> of(
            List<T> drawings, Function<T, Recognition> recognize, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Recognition>> pending = new ArrayList<>(drawings.size());
            for (T drawing : drawings) {
                pending.add(pool.submit(() -> recognize.apply(drawing)));
            }
            List<Recognition> answers = new ArrayList<>(drawings.size());
            for (Future<Recognition> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recognizing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("recognizing a drawing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether {@code answer} names a digit confidently (not "not sure", not "no digit"). */
    static boolean isConfident(Recognition answer) {
        return answer.status() == Recognition.Status.DIGIT;
    }
}
