package io.digitpad.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import io.digitpad.model.DigitNet;

/**
 * One epoch of training, written out (forward, loss, backward, Adam step) instead of DJL's {@code
 * EasyTrain} so that batches come straight from {@link TrainingBatches}, which prepares (and
 * augments) them on other threads while the network works.
 */
final class EpochLoop {
    private final Trainer trainer;
    private final TrainingBatches batches;
    private final TrainingProgress progress;

    EpochLoop(Trainer trainer, TrainingBatches batches, TrainingProgress progress) {
        this.trainer = trainer;
        this.batches = batches;
        this.progress = progress;
    }

    /** Trains on every batch of epoch {@code epoch}, {@code total} images in all. */
    Stats run(int epoch, int total) {
        batches.startEpoch(epoch);
        double lossSum = 0;
        long correct = 0;
        int done = 0;
        long start = System.nanoTime();
        int digitsSeen = 0;
        for (TrainingBatches.Batch batch = batches.next(); batch != null; batch = batches.next()) {
            try (NDManager arrays = trainer.getManager().newSubManager()) {
                NDArray x = arrays.create(batch.images(), DigitNet.inputShape(batch.size()));
                NDArray y =
                        arrays.create(batch.targets(), new Shape(batch.size(), DigitNet.CLASSES));
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                    NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
                    collector.backward(loss);
                    lossSum += loss.getFloat() * batch.size();
                    long[] predicted = logits.argMax(1).toLongArray();
                    for (int i = 0; i < batch.size(); i++) {
                        if (batch.digits()[i] >= 0) {
                            digitsSeen++;
                            correct += predicted[i] == batch.digits()[i] ? 1 : 0;
                        }
                    }
                }
            }
            trainer.step();
            done += batch.size();
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.batchDone(epoch, done, total, lossSum / done, done / seconds);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Stats(lossSum / total, (double) correct / digitsSeen, seconds);
    }

    /**
     * What an epoch measured on its own batches.
     *
     * @param meanLoss mean loss per image
     * @param accuracy fraction of the digits (non-digits aside) the network got right
     * @param seconds how long the epoch took
     */
    record Stats(double meanLoss, double accuracy, double seconds) {}
}
