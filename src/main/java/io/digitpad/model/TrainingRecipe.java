package io.digitpad.model;

import java.util.function.Consumer;

/**
 * How a model is trained: optimiser settings, schedule, data and seed. Recorded in every model
 * card.
 *
 * @param name short name: "paper", "augmented", or what the user called it
 * @param epochs passes over the training images
 * @param batchSize images per optimiser step
 * @param learningRate Adam's step size (the starting one, under a cosine schedule)
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param epsilon Adam's denominator guard
 * @param schedule how the learning rate changes over the run
 * @param weightAverageDecay 0 to keep the weights of the last step; otherwise the model keeps an
 *     exponential moving average of the weights over the steps, with this decay per step (Polyak
 *     averaging; Keras's {@code use_ema}), and that average is what is evaluated and saved
 * @param labelSmoothing share of a digit's target probability spread evenly over all ten digits
 *     (label smoothing, Szegedy et al. 2016); 0 for the paper's one-hot targets. It keeps the
 *     network from driving its logits apart without end; calibration undoes the softer outputs
 * @param augment whether each training image is randomly distorted every time it is seen
 * @param redrawnDigits training digits also redrawn as canvas pen strokes (as the drawing page
 *     makes them) and used in place of the MNIST image half of the time; 0 for none
 * @param flourishes whether some redrawn 1s get a flag (and foot) and some 7s a crossbar, as many
 *     writers outside the US draw them and MNIST's writers rarely did
 * @param typefaceDigits how many of the redrawn digits are drawn instead as the same digit of a
 *     Hershey typeface, warped as a hand would: shapes no MNIST writer made; 0 for none
 * @param nonDigits generated non-digit drawings trained towards equal probabilities for every digit
 *     ("outlier exposure", Hendrycks et al. 2019), so that scribbles get low confidence
 * @param penDigitDrawings drawings of the training writers' real pen digits (see {@code
 *     PenDigits}), made once as canvas drawings at random sizes, pens, slants and pointer rates and
 *     added to every epoch, distorted like the MNIST images; 0 for none
 * @param validationImages training images held out (from the end of the set) to calibrate the
 *     confidence; they are never trained on
 * @param trainImages how many of the remaining training images to use; 0 means all
 * @param seed seeds weight initialisation, dropout, shuffling and augmentation
 */
public record TrainingRecipe(
        String name,
        int epochs,
        int batchSize,
        float learningRate,
        float beta1,
        float beta2,
        float epsilon,
        Schedule schedule,
        float weightAverageDecay,
        float labelSmoothing,
        boolean augment,
        int redrawnDigits,
        boolean flourishes,
        int typefaceDigits,
        int nonDigits,
        int penDigitDrawings,
        int validationImages,
        int trainImages,
        long seed) {

    /** MNIST's training images, of which {@code validationImages} are held out. */
    private static final int MNIST_TRAINING_IMAGES = 60_000;

    /** Learning-rate schedules. */
    public enum Schedule {
        /** The same rate throughout, as in the paper. */
        CONSTANT,
        /** Half a cosine from the starting rate down to 1% of it, over all steps. */
        COSINE
    }

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
        if (!(weightAverageDecay >= 0 && weightAverageDecay < 1)) {
            throw new IllegalArgumentException(
                    "weight average decay must be 0 (none) or in (0, 1), was "
                            + weightAverageDecay);
        }
        if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
            throw new IllegalArgumentException(
                    "label smoothing must be in [0, 1), was " + labelSmoothing);
        }
        if (trainImages < 0) {
            throw new IllegalArgumentException(
                    "training subset size must be 0 (all) or positive, was " + trainImages);
        }
        if (redrawnDigits < 0 || nonDigits < 0 || penDigitDrawings < 0) {
            throw new IllegalArgumentException(
                    "redrawn digits, non-digits and pen-digit drawings must be 0 or more");
        }
        if (typefaceDigits < 0 || typefaceDigits > redrawnDigits) {
            throw new IllegalArgumentException(
                    "typeface digits must be between 0 and the redrawn digits ("
                            + redrawnDigits
                            + "), was "
                            + typefaceDigits);
        }
        if (validationImages < 0) {
            throw new IllegalArgumentException(
                    "validation images must be 0 or positive, was " + validationImages);
        }
    }

    /**
     * The paper's recipe, exactly: Adam(0.001, 0.9, 0.999, 1e-8) at a constant rate, categorical
     * cross-entropy, 15 epochs of all 60,000 images in batches of 128, no augmentation.
     */
    public static TrainingRecipe paper() {
        return new TrainingRecipe(
                "paper",
                15,
                128,
                0.001f,
                0.9f,
                0.999f,
                1e-8f,
                Schedule.CONSTANT,
                0,
                0,
                false,
                0,
                false,
                0,
                0,
                0,
                0,
                0,
                42);
    }

    /**
     * The paper's network and optimiser, trained for drawn digits: four in five images randomly
     * rotated, sheared, stretched, thickened or thinned and elastically distorted, then
     * re-normalised the way recognition normalises drawings; 12,000 training digits also redrawn as
     * pen strokes, 4,800 of them as Hershey typeface digits; 10,000 generated non-digits taught to
     * get low confidence; 22,000 drawings of the training writers' real pen digits (four of each);
     * targets smoothed by 0.1; 40 epochs under a cosine schedule; 5,000 images held out to
     * calibrate the confidence.
     */
    public static TrainingRecipe augmented() {
        return new TrainingRecipe(
                "augmented",
                40,
                128,
                0.001f,
                0.9f,
                0.999f,
                1e-8f,
                Schedule.COSINE,
                0.999f,
                0.1f,
                true,
                12_000,
                true,
                4_800,
                10_000,
                22_000,
                5_000,
                0,
                42);
    }

    /** The named built-in recipe: "paper" or "augmented". */
    public static TrainingRecipe named(String name) {
        return switch (name) {
            case "paper" -> paper();
            case "augmented" -> augmented();
            default ->
                    throw new IllegalArgumentException(
                            "unknown recipe '" + name + "': choose paper or augmented");
        };
    }

    public TrainingRecipe withEpochs(int value) {
        return change(draft -> draft.epochs = value);
    }

    public TrainingRecipe withBatchSize(int value) {
        return change(draft -> draft.batchSize = value);
    }

    public TrainingRecipe withLearningRate(float value) {
        return change(draft -> draft.learningRate = value);
    }

    /**
     * A copy that trains on the first {@code value} MNIST training images (0: all), with every
     * synthetic set cut in the same proportion, so that a quick run is quick throughout and keeps
     * the full recipe's mix.
     */
    public TrainingRecipe withTrainImages(int value) {
        double share =
                value <= 0
                        ? 1
                        : Math.min(1, value / (double) (MNIST_TRAINING_IMAGES - validationImages));
        return change(
                draft -> {
                    draft.trainImages = value;
                    draft.redrawnDigits = scaled(redrawnDigits, share);
                    draft.typefaceDigits = scaled(typefaceDigits, share);
                    draft.nonDigits = scaled(nonDigits, share);
                    draft.penDigitDrawings = scaled(penDigitDrawings, share);
                });
    }

    private static int scaled(int count, double share) {
        return (int) Math.round(count * share);
    }

    public TrainingRecipe withSeed(long value) {
        return change(draft -> draft.seed = value);
    }

    /** A copy with some components changed; the one place that copies every component. */
    private TrainingRecipe change(Consumer<Draft> edit) {
        Draft draft = new Draft(this);
        edit.accept(draft);
        return draft.build();
    }

    /** The components of a TrainingRecipe, editable. */
    private static final class Draft {
        private String name;
        private int epochs;
        private int batchSize;
        private float learningRate;
        private float beta1;
        private float beta2;
        private float epsilon;
        private Schedule schedule;
        private float weightAverageDecay;
        private float labelSmoothing;
        private boolean augment;
        private int redrawnDigits;
        private boolean flourishes;
        private int typefaceDigits;
        private int nonDigits;
        private int penDigitDrawings;
        private int validationImages;
        private int trainImages;
        private long seed;

        Draft(TrainingRecipe from) {
            name = from.name;
            epochs = from.epochs;
            batchSize = from.batchSize;
            learningRate = from.learningRate;
            beta1 = from.beta1;
            beta2 = from.beta2;
            epsilon = from.epsilon;
            schedule = from.schedule;
            weightAverageDecay = from.weightAverageDecay;
            labelSmoothing = from.labelSmoothing;
            augment = from.augment;
            redrawnDigits = from.redrawnDigits;
            flourishes = from.flourishes;
            typefaceDigits = from.typefaceDigits;
            nonDigits = from.nonDigits;
            penDigitDrawings = from.penDigitDrawings;
            validationImages = from.validationImages;
            trainImages = from.trainImages;
            seed = from.seed;
        }

        TrainingRecipe build() {
            return new TrainingRecipe(
                    name,
                    epochs,
                    batchSize,
                    learningRate,
                    beta1,
                    beta2,
                    epsilon,
                    schedule,
                    weightAverageDecay,
                    labelSmoothing,
                    augment,
                    redrawnDigits,
                    flourishes,
                    typefaceDigits,
                    nonDigits,
                    penDigitDrawings,
                    validationImages,
                    trainImages,
                    seed);
        }
    }
}
