package io.digitpad.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitNetTest {

    @Test
    void every_layer_has_the_papers_output_shape() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block net = DigitNet.build();
            net.initialize(manager, DataType.FLOAT32, DigitNet.inputShape(1));

            List<Shape> shapes = new ArrayList<>();
            Shape[] input = {DigitNet.inputShape(1)};
            for (Block layer : net.getChildren().values()) {
                input = layer.getOutputShapes(input);
                shapes.add(input[0]);
            }

            assertThat(shapes)
                    .containsExactly(
                            new Shape(1, 32, 26, 26), // conv 32 3x3
                            new Shape(1, 32, 26, 26), // relu
                            new Shape(1, 32, 13, 13), // max pool 2x2
                            new Shape(1, 64, 11, 11), // conv 64 3x3
                            new Shape(1, 64, 11, 11), // relu
                            new Shape(1, 64, 5, 5), // max pool 2x2
                            new Shape(1, 1600), // flatten
                            new Shape(1, 128), // dense
                            new Shape(1, 128), // relu
                            new Shape(1, 128), // dropout
                            new Shape(1, 10)); // dense: one logit per digit
            assertThat(net.getOutputShapes(new Shape[] {DigitNet.inputShape(5)}))
                    .containsExactly(new Shape(5, DigitNet.CLASSES));
        }
    }

    @Test
    void network_has_exactly_225034_parameters() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block net = DigitNet.build();
            net.initialize(manager, DataType.FLOAT32, DigitNet.inputShape(1));

            long count =
                    net.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();

            // conv1 32*9+32, conv2 64*32*9+64, dense1 1600*128+128, dense2 128*10+10
            assertThat(count).isEqualTo(320 + 18_496 + 204_928 + 1_290).isEqualTo(225_034);
        }
    }

    @Test
    void weights_are_initialised_and_biases_start_at_zero() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block net = DigitNet.build();
            net.setInitializer(DigitNet.kerasWeightInitializer(), Parameter.Type.WEIGHT);
            net.initialize(manager, DataType.FLOAT32, DigitNet.inputShape(1));

            for (Parameter p : net.getParameters().values()) {
                float maxAbs = p.getArray().abs().max().getFloat();
                if (p.getType() == Parameter.Type.BIAS) {
                    assertThat(maxAbs).as(p.getName()).isZero();
                } else {
                    // Glorot uniform: |w| <= sqrt(6 / (fan_in + fan_out)), never all zero.
                    assertThat(maxAbs).as(p.getName()).isPositive().isLessThan(0.5f);
                }
            }
        }
    }
}
