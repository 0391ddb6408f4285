package io.digitpad.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;

/**
 * The paper's convolutional network for 28x28 grey digits.
 *
 * <pre>
 * 1x28x28 -> Conv 32 3x3 + ReLU -> 32x26x26 -> MaxPool 2x2 -> 32x13x13
 *         -> Conv 64 3x3 + ReLU -> 64x11x11 -> MaxPool 2x2 -> 64x5x5
 *         -> Flatten 1600 -> Dense 128 + ReLU -> Dropout 0.5 -> Dense 10
 * </pre>
 *
 * <p>It outputs logits: the paper's final softmax is applied by the recognition path, because DJL's
 * softmax cross-entropy loss expects logits and applies it itself. 225,034 parameters.
 */
public final class DigitNet {
    /** Name written into model cards, so a file of another architecture can be refused. */
    public static final String ARCHITECTURE =
            "paper-cnn-v1: conv32-3x3 relu maxpool2 conv64-3x3 relu maxpool2 dense128 relu"
                    + " dropout0.5 dense10";

    /** Input side length in pixels. */
    public static final int SIDE = 28;

    /** Number of classes: the digits 0-9. */
    public static final int CLASSES = 10;

    /** Shape of one batch of {@code n} images: NCHW. */
    public static Shape inputShape(int n) {
        return new Shape(n, 1, SIDE, SIDE);
    }

    private DigitNet() {}

    /** A new, uninitialized network. */
    public static Block build() {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(32).build())
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(64).build())
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(128).build())
                .add(Activation.reluBlock())
                .add(Dropout.builder().optRate(0.5f).build())
                .add(Linear.builder().setUnits(CLASSES).build());
    }

    /** Keras' default weight initialisation (glorot_uniform), as the paper's model used. */
    public static Initializer kerasWeightInitializer() {
        // DJL's Xavier with AVG factor: scale = sqrt(m / ((in + out) / 2)); m = 3 gives Glorot's
        // uniform limit sqrt(6 / (in + out)). Biases keep DJL's default, zeros, as in Keras.
        return new XavierInitializer(
                XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.AVG, 3);
    }
}
