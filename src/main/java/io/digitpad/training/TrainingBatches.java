package io.digitpad.training;

import io.digitpad.data.MnistSet;
import io.digitpad.model.DigitNet;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Assembles training batches on worker threads, a few batches ahead of the training loop, so that
 * augmentation overlaps the network's work instead of adding to it.
 *
 * <p>Batches come out in the epoch's shuffled order whatever thread made them, and every image's
 * augmentation is seeded by (seed, epoch, index): the stream is the same on every run.
 */
final class TrainingBatches implements AutoCloseable {
    private static final int PREFETCH = 4;
    private static final int CLASSES = DigitNet.CLASSES;

    private final MnistSet set;
    private final SyntheticDrawings synthetic;
    private final int batchSize;
    private final float labelSmoothing;
    private final DigitAugmenter augmenter;
    private final long seed;
    private final ExecutorService workers;
    private final Deque<Future<Batch>> pending = new ArrayDeque<>();
    private int[] order;
    private int epoch;
    private int nextStart;

    /**
     * @param labelSmoothing share of a digit's target spread evenly over all ten digits
     * @param augmenter distorts each image, or null to train on the images as they are
     * @param threads worker threads assembling batches
     */
    TrainingBatches(
            MnistSet set,
            SyntheticDrawings synthetic,
            int batchSize,
            float labelSmoothing,
            DigitAugmenter augmenter,
            long seed,
            int threads) {
        this.set = set;
        this.synthetic = synthetic;
        this.batchSize = batchSize;
        this.labelSmoothing = labelSmoothing;
        this.augmenter = augmenter;
        this.seed = seed;
        this.workers =
                Executors.newFixedThreadPool(
                        threads,
                        task -> {
                            Thread thread = new Thread(task, "digitpad-batches");
                            thread.setDaemon(true);
                            return thread;
                        });
    }

    /**
     * One batch: {@code size} images (NCHW floats 0-1), the target probability of each digit per
     * image (one-hot for a digit, less the label smoothing; 0.1 each for a non-digit), and the
     * digit of each image (-1 for a non-digit).
     */
    record Batch(float[] images, float[] targets, int[] digits, int size) {}

    /** Starts epoch {@code epoch} (1-based): a new shuffled order. */
    void startEpoch(int epoch) {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        this.epoch = epoch;
        this.order =
                Shuffle.order(
                        set.size() + synthetic.nonDigitCount() + synthetic.penDigits().size(),
                        seed,
                        epoch);
        this.nextStart = 0;
        while (pending.size() < PREFETCH && submitNext()) {
            // fill the prefetch queue
        }
    }

    /** The next batch of the epoch, or null when the epoch is done. */
    Batch next() {
        Future<Batch> future = pending.poll();
        if (future == null) {
            return null;
        }
        submitNext();
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a batch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing a batch failed", e.getCause());
        }
    }

    private boolean submitNext() {
        if (nextStart >= order.length) {
            return false;
        }
        int start = nextStart;
        int size = Math.min(batchSize, order.length - start);
        int currentEpoch = epoch;
        int[] currentOrder = order;
        pending.add(workers.submit(() -> assemble(currentOrder, start, size, currentEpoch)));
        nextStart += size;
        return true;
    }

    private Batch assemble(int[] order, int start, int size, int epoch) {
        float[] images = new float[size * MnistSet.PIXELS];
        float[] targets = new float[size * CLASSES];
        int[] digits = new int[size];
        for (int i = 0; i < size; i++) {
            int index = order[start + i];
            int offset = i * MnistSet.PIXELS;
            int penDigit = index - set.size() - synthetic.nonDigitCount();
            if (penDigit >= 0) {
                copy(synthetic.penDigits(), penDigit, epoch, images, offset);
                digits[i] = synthetic.penDigits().label(penDigit);
            } else if (index >= set.size()) {
                synthetic.copyNonDigit(index - set.size(), images, offset);
                Arrays.fill(targets, i * CLASSES, (i + 1) * CLASSES, 1f / CLASSES);
                digits[i] = -1;
                continue;
            } else {
                if (synthetic.hasRedrawn(index) && coin(epoch, index)) {
                    synthetic.copyRedrawn(index, images, offset);
                } else {
                    copy(set, index, epoch, images, offset);
                }
                digits[i] = set.label(index);
            }
            Arrays.fill(targets, i * CLASSES, (i + 1) * CLASSES, labelSmoothing / CLASSES);
            targets[i * CLASSES + digits[i]] += 1f - labelSmoothing;
        }
        return new Batch(images, targets, digits, size);
    }

    /** Image {@code index} of {@code images} into {@code out}, distorted if the recipe says so. */
    private void copy(MnistSet images, int index, int epoch, float[] out, int offset) {
        if (augmenter != null) {
            augmenter.augment(images, index, epoch, out, offset);
        } else {
            images.copyScaled(index, out, offset);
        }
    }

    /** Heads half of the time, the same for the same (seed, epoch, index) on every run. */
    private boolean coin(int epoch, int index) {
        return new SplittableRandom(seed * 31 + epoch * 1_000_003L + index).nextBoolean();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
