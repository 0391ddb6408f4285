package io.digitpad.training;

/**
 * What one epoch achieved.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean cross-entropy over the epoch's batches, with dropout active (as Keras
 *     reports it)
 * @param trainAccuracy fraction of training images classified right during the epoch
 * @param testAccuracy fraction of the 10,000 test images classified right after the epoch
 * @param seconds wall time of the training pass, without the test evaluation
 */
public record EpochResult(
        int epoch, double trainLoss, double trainAccuracy, double testAccuracy, double seconds) {}
