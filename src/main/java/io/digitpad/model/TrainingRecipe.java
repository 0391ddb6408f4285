package io.digitpad.model;

import java.util.Objects;

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
 * @param touchingPairs pairs of training digits written touching or overlapping, as in a number
 *     whose digits run together, trained as non-digits like those: the number reader tells one
 *     digit from two by the network's confidence, and without them the network reads many such
 *     pairs as one confident digit; 0 for none
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
        int touchingPairs,
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
        if (redrawnDigits < 0 || nonDigits < 0 || touchingPairs < 0 || penDigitDrawings < 0) {
            throw new IllegalArgumentException(
                    "redrawn digits, non-digits, touching pairs and pen-digit drawings must be 0"
                            + " or more");
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
        return builder()
                .setName("paper")
                .setEpochs(15)
                .setBatchSize(128)
                .setLearningRate(0.001f)
                .setBeta1(0.9f)
                .setBeta2(0.999f)
                .setEpsilon(1e-8f)
                .setSchedule(Schedule.CONSTANT)
                .setSeed(42)
                .build();
    }

    /**
     * The paper's network and optimiser, trained for drawn digits: four in five images randomly
     * rotated, sheared, stretched, thickened or thinned and elastically distorted, then
     * re-normalised the way recognition normalises drawings; 12,000 training digits also redrawn as
     * pen strokes, 4,800 of them as Hershey typeface digits; 10,000 generated non-digits and 6,000
     * pairs of touching digits taught to get low confidence; 22,000 drawings of the training
     * writers' real pen digits (four of each); targets smoothed by 0.1; 40 epochs under a cosine
     * schedule; 5,000 images held out to calibrate the confidence.
     */
    public static TrainingRecipe augmented() {
        return paper().toBuilder()
                .setName("augmented")
                .setEpochs(40)
                .setSchedule(Schedule.COSINE)
                .optWeightAverageDecay(0.999f)
                .optLabelSmoothing(0.1f)
                .optAugment(true)
                .optRedrawnDigits(12_000)
                .optFlourishes(true)
                .optTypefaceDigits(4_800)
                .optNonDigits(10_000)
                .optTouchingPairs(6_000)
                .optPenDigitDrawings(22_000)
                .optValidationImages(5_000)
                .build();
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

    /** Images an epoch adds to MNIST's: non-digits, touching pairs and pen-digit drawings. */
    public int extraImagesPerEpoch() {
        return nonDigits + touchingPairs + penDigitDrawings;
    }

    public TrainingRecipe withEpochs(int value) {
        return toBuilder().setEpochs(value).build();
    }

    public TrainingRecipe withBatchSize(int value) {
        return toBuilder().setBatchSize(value).build();
    }

    public TrainingRecipe withLearningRate(float value) {
        return toBuilder().setLearningRate(value).build();
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
        return toBuilder()
                .optTrainImages(value)
                .optRedrawnDigits(scaled(redrawnDigits, share))
                .optTypefaceDigits(scaled(typefaceDigits, share))
                .optNonDigits(scaled(nonDigits, share))
                .optTouchingPairs(scaled(touchingPairs, share))
                .optPenDigitDrawings(scaled(penDigitDrawings, share))
                .build();
    }

    private static int scaled(int count, double share) {
        return (int) Math.round(count * share);
    }

    public TrainingRecipe withSeed(long value) {
        return toBuilder().setSeed(value).build();
    }

    /**
     * A builder with nothing set. As in DJL, {@code setX} settings are required and {@code optX}
     * ones default to adding nothing to the paper's training: no weight averaging, no label
     * smoothing, no augmentation, no synthetic drawings, no images held out, all images used.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every setting of this recipe, to change some. */
    public Builder toBuilder() {
        return builder()
                .setName(name)
                .setEpochs(epochs)
                .setBatchSize(batchSize)
                .setLearningRate(learningRate)
                .setBeta1(beta1)
                .setBeta2(beta2)
                .setEpsilon(epsilon)
                .setSchedule(schedule)
                .optWeightAverageDecay(weightAverageDecay)
                .optLabelSmoothing(labelSmoothing)
                .optAugment(augment)
                .optRedrawnDigits(redrawnDigits)
                .optFlourishes(flourishes)
                .optTypefaceDigits(typefaceDigits)
                .optNonDigits(nonDigits)
                .optTouchingPairs(touchingPairs)
                .optPenDigitDrawings(penDigitDrawings)
                .optValidationImages(validationImages)
                .optTrainImages(trainImages)
                .setSeed(seed);
    }

    /**
     * Builds a {@link TrainingRecipe} setting by setting; the components' docs say what each is.
     */
    public static final class Builder {
        private String name;
        private Integer epochs;
        private Integer batchSize;
        private Float learningRate;
        private Float beta1;
        private Float beta2;
        private Float epsilon;
        private Schedule schedule;
        private Long seed;
        private float weightAverageDecay;
        private float labelSmoothing;
        private boolean augment;
        private int redrawnDigits;
        private boolean flourishes;
        private int typefaceDigits;
        private int nonDigits;
        private int touchingPairs;
        private int penDigitDrawings;
        private int validationImages;
        private int trainImages;

        private Builder() {}

        public Builder setName(String value) {
            name = value;
            return this;
        }

        public Builder setEpochs(int value) {
            epochs = value;
            return this;
        }

        public Builder setBatchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder setLearningRate(float value) {
            learningRate = value;
            return this;
        }

        public Builder setBeta1(float value) {
            beta1 = value;
            return this;
        }

        public Builder setBeta2(float value) {
            beta2 = value;
            return this;
        }

        public Builder setEpsilon(float value) {
            epsilon = value;
            return this;
        }

        public Builder setSchedule(Schedule value) {
            schedule = value;
            return this;
        }

        public Builder setSeed(long value) {
            seed = value;
            return this;
        }

        public Builder optWeightAverageDecay(float value) {
            weightAverageDecay = value;
            return this;
        }

        public Builder optLabelSmoothing(float value) {
            labelSmoothing = value;
            return this;
        }

        public Builder optAugment(boolean value) {
            augment = value;
            return this;
        }

        public Builder optRedrawnDigits(int value) {
            redrawnDigits = value;
            return this;
        }

        public Builder optFlourishes(boolean value) {
            flourishes = value;
            return this;
        }

        public Builder optTypefaceDigits(int value) {
            typefaceDigits = value;
            return this;
        }

        public Builder optNonDigits(int value) {
            nonDigits = value;
            return this;
        }

        public Builder optTouchingPairs(int value) {
            touchingPairs = value;
            return this;
        }

        public Builder optPenDigitDrawings(int value) {
            penDigitDrawings = value;
            return this;
        }

        public Builder optValidationImages(int value) {
            validationImages = value;
            return this;
        }

        public Builder optTrainImages(int value) {
            trainImages = value;
            return this;
        }

        /** The recipe; every {@code setX} setting must have been given. */
        public TrainingRecipe build() {
            return new TrainingRecipe(
                    required(name, "name"),
                    required(epochs, "epochs"),
                    required(batchSize, "batch size"),
                    required(learningRate, "learning rate"),
                    required(beta1, "beta1"),
                    required(beta2, "beta2"),
                    required(epsilon, "epsilon"),
                    required(schedule, "schedule"),
                    weightAverageDecay,
                    labelSmoothing,
                    augment,
                    redrawnDigits,
                    flourishes,
                    typefaceDigits,
                    nonDigits,
                    touchingPairs,
                    penDigitDrawings,
                    validationImages,
                    trainImages,
                    required(seed, "seed"));
        }

        private static <T> T required(T value, String setting) {
            return Objects.requireNonNull(value, () -> "a training recipe needs its " + setting);
        }
    }
}
