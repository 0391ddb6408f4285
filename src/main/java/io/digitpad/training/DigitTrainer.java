package io.digitpad.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.digitpad.data.Mnist;
import io.digitpad.data.MnistSet;
import io.digitpad.model.DigitModel;
import io.digitpad.model.DigitNet;
import io.digitpad.model.ModelCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a {@link DigitNet} on MNIST with a {@link TrainingRecipe}, evaluating on the test set
 * after every epoch.
 *
 * <p>The loop is written out (forward, loss, backward, Adam step) instead of DJL's {@code
 * EasyTrain} so that batches are assembled straight from the byte arrays into one reused buffer,
 * and shuffling is seeded per epoch from (seed, epoch): the same seed always sees the same data
 * order.
 */
public final class DigitTrainer {
    private final TrainingRecipe recipe;
    private final TrainingProgress progress;

    public DigitTrainer(TrainingRecipe recipe, TrainingProgress progress) {
        this.recipe = recipe;
        this.progress = progress;
    }

    /** Trains a new model; the caller closes the result. */
    public TrainingResult train(Mnist mnist) {
        MnistSet train =
                recipe.trainImages() == 0
                        ? mnist.train()
                        : mnist.train().first(recipe.trainImages());
        Engine.getInstance().setRandomSeed((int) recipe.seed());
        Model model = Model.newInstance("digitpad");
        model.setBlock(DigitNet.build());
        List<EpochResult> history = new ArrayList<>();
        try (Trainer trainer = model.newTrainer(config())) {
            trainer.initialize(DigitNet.inputShape(recipe.batchSize()));
            double trainingSeconds = 0;
            Evaluation evaluation = null;
            for (int epoch = 1; epoch <= recipe.epochs(); epoch++) {
                EpochStats stats = trainEpoch(trainer, train, epoch);
                evaluation =
                        Evaluator.evaluate(trainer::evaluate, trainer.getManager(), mnist.test());
                EpochResult result =
                        new EpochResult(
                                epoch,
                                stats.meanLoss(),
                                stats.accuracy(),
                                evaluation.accuracy(),
                                stats.seconds());
                trainingSeconds += stats.seconds();
                history.add(result);
                progress.epochDone(result, recipe.epochs());
            }
            ModelCard card =
                    new ModelCard(
                            DigitNet.ARCHITECTURE,
                            parameterCount(model),
                            recipe,
                            recipe.epochs(),
                            evaluation.accuracy(),
                            evaluation.perClassAccuracy(),
                            trainingSeconds,
                            (double) train.size() * recipe.epochs() / trainingSeconds,
                            Integer.getInteger(
                                    "ai.djl.pytorch.num_threads",
                                    Runtime.getRuntime().availableProcessors()),
                            Engine.getInstance().getEngineName()
                                    + " "
                                    + Engine.getInstance().getVersion(),
                            checksums(mnist),
                            Instant.now().toString());
            model.setProperty("Epoch", Integer.toString(recipe.epochs()));
            return new TrainingResult(new DigitModel(model, card), List.copyOf(history));
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private DefaultTrainingConfig config() {
        Optimizer adam =
                Optimizer.adam()
                        .optLearningRateTracker(Tracker.fixed(recipe.learningRate()))
                        .optBeta1(recipe.beta1())
                        .optBeta2(recipe.beta2())
                        .optEpsilon(recipe.epsilon())
                        .build();
        return new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(adam)
                .optInitializer(DigitNet.kerasWeightInitializer(), Parameter.Type.WEIGHT);
    }

    private EpochStats trainEpoch(Trainer trainer, MnistSet train, int epoch) {
        int[] order = Shuffle.order(train.size(), recipe.seed(), epoch);
        int batchSize = recipe.batchSize();
        float[] images = new float[batchSize * MnistSet.PIXELS];
        float[] labels = new float[batchSize];
        byte[] source = train.images();
        double lossSum = 0;
        long correct = 0;
        long start = System.nanoTime();
        for (int from = 0; from < order.length; from += batchSize) {
            int n = Math.min(batchSize, order.length - from);
            for (int i = 0; i < n; i++) {
                int index = order[from + i];
                int offset = index * MnistSet.PIXELS;
                int target = i * MnistSet.PIXELS;
                for (int p = 0; p < MnistSet.PIXELS; p++) {
                    images[target + p] = (source[offset + p] & 0xFF) / 255f;
                }
                labels[i] = train.label(index);
            }
            float[] batchImages =
                    n == batchSize ? images : Arrays.copyOf(images, n * MnistSet.PIXELS);
            float[] batchLabels = n == batchSize ? labels : Arrays.copyOf(labels, n);
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDArray x = batch.create(batchImages, DigitNet.inputShape(n));
                NDArray y = batch.create(batchLabels);
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                    NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
                    collector.backward(loss);
                    lossSum += loss.getFloat() * n;
                    correct +=
                            logits.argMax(1).toType(DataType.FLOAT32, false).eq(y).sum().getLong();
                }
            }
            trainer.step();
            double seconds = (System.nanoTime() - start) / 1e9;
            int done = from + n;
            progress.batchDone(epoch, done, order.length, lossSum / done, done / seconds);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new EpochStats(lossSum / order.length, (double) correct / order.length, seconds);
    }

    private static long parameterCount(Model model) {
        return model.getBlock().getParameters().values().stream()
                .mapToLong(p -> p.getArray().size())
                .sum();
    }

    private static Map<String, String> checksums(Mnist mnist) {
        Map<String, String> sums = new TreeMap<>();
        mnist.checksums().forEach((file, sha) -> sums.put(file.fileName(), sha));
        return sums;
    }

    private record EpochStats(double meanLoss, double accuracy, double seconds) {}
}
