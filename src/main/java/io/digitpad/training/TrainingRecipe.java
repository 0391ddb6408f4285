package io.digitpad.training;

/**
 * How a model is trained: optimiser settings, schedule, data and seed.
 *
 * @param name short name, e.g. "paper"
 * @param epochs passes over the training images
 * @param batchSize images per optimiser step
 * @param learningRate Adam's step size
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param epsilon Adam's denominator guard
 * @param trainImages how many of the 60,000 training images to use; 0 means all
 * @param seed seeds weight initialisation, dropout and shuffling
 */
public record TrainingRecipe(
        String name,
        int epochs,
        int batchSize,
        float learningRate,
        float beta1,
        float beta2,
        float epsilon,
        int trainImages,
        long seed) {

    public TrainingRecipe {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException(
                    "learning rate must be positive, was " + learningRate);
        }
        if (trainImages < 0) {
            throw new IllegalArgumentException(
                    "training subset size must be 0 (all) or positive, was " + trainImages);
        }
    }

    /**
     * The paper's recipe: Adam(0.001, 0.9, 0.999, 1e-8), categorical cross-entropy, 15 epochs of
     * all 60,000 images in batches of 128.
     */
    public static TrainingRecipe paper() {
        return new TrainingRecipe("paper", 15, 128, 0.001f, 0.9f, 0.999f, 1e-8f, 0, 42);
    }

    public TrainingRecipe withEpochs(int value) {
        return new TrainingRecipe(
                name, value, batchSize, learningRate, beta1, beta2, epsilon, trainImages, seed);
    }

    public TrainingRecipe withBatchSize(int value) {
        return new TrainingRecipe(
                name, epochs, value, learningRate, beta1, beta2, epsilon, trainImages, seed);
    }

    public TrainingRecipe withLearningRate(float value) {
        return new TrainingRecipe(
                name, epochs, batchSize, value, beta1, beta2, epsilon, trainImages, seed);
    }

    public TrainingRecipe withTrainImages(int value) {
        return new TrainingRecipe(
                name, epochs, batchSize, learningRate, beta1, beta2, epsilon, value, seed);
    }

    public TrainingRecipe withSeed(long value) {
        return new TrainingRecipe(
                name, epochs, batchSize, learningRate, beta1, beta2, epsilon, trainImages, value);
    }
}
