package io.digitpad.training;

import io.digitpad.model.ModelCard;

/** Receives progress while a model trains; called on the training thread. */
public interface TrainingProgress {
    /**
     * A batch finished.
     *
     * @param epoch 1-based epoch number
     * @param imagesDone images trained on so far in this epoch
     * @param imagesPerEpoch images in one epoch
     * @param meanLoss mean loss so far in this epoch
     * @param imagesPerSecond training speed so far in this epoch
     */
    void batchDone(
            int epoch, int imagesDone, int imagesPerEpoch, double meanLoss, double imagesPerSecond);

    /** A run continues from a checkpoint after {@code epochsDone} of {@code epochs} epochs. */
    default void resumed(int epochsDone, int epochs) {}

    /** An epoch finished and was evaluated. */
    void epochDone(ModelCard.Epoch result, int epochs);

    /** Progress that is thrown away. */
    static TrainingProgress silent() {
        return new TrainingProgress() {
            @Override
            public void batchDone(
                    int epoch, int done, int total, double loss, double imagesPerSecond) {}

            @Override
            public void epochDone(ModelCard.Epoch result, int epochs) {}
        };
    }
}
