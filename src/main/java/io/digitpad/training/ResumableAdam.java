package io.digitpad.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adam whose state (first and second moments, step count) can be saved and restored, so that a
 * resumed run continues exactly where the interrupted one stopped. DJL's own {@code Adam} keeps
 * that state private; the update itself is the same fused engine operation DJL's Adam calls, so the
 * arithmetic is identical.
 *
 * <p>Optionally it also keeps an exponential moving average of every weight (as Keras optimisers do
 * with {@code use_ema}): the average of the last few thousand steps lands nearer the middle of the
 * minimum than the last step does. {@link #swapAverages} puts it into the network.
 */
final class ResumableAdam extends Optimizer {
    private static final NDIndex ALL = new NDIndex("...");

    private final ParameterTracker learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final float averageDecay;
    private final NDManager stateManager;
    private final Map<String, NDArray> averages = new ConcurrentHashMap<>();
    private final Map<String, NDArray> means = new ConcurrentHashMap<>();
    private final Map<String, NDArray> variances = new ConcurrentHashMap<>();

    private ResumableAdam(Builder builder) {
        super(builder);
        learningRate = builder.learningRate;
        beta1 = builder.beta1;
        beta2 = builder.beta2;
        epsilon = builder.epsilon;
        averageDecay = builder.averageDecay;
        stateManager = builder.stateManager;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        double coef1 = 1.0 - Math.pow(beta1, t);
        double coef2 = 1.0 - Math.pow(beta2, t);
        float rate = learningRate.getNewValue(parameterId, t);
        float biasCorrected = (float) (rate * Math.sqrt(coef2) / coef1);
        NDArray mean = means.computeIfAbsent(parameterId, k -> zerosLike(weight));
        NDArray variance = variances.computeIfAbsent(parameterId, k -> zerosLike(weight));
        weight.getNDArrayInternal()
                .adamUpdate(
                        new NDList(weight, grad, mean, variance),
                        new NDList(weight),
                        rate,
                        biasCorrected,
                        getWeightDecay(),
                        rescaleGrad,
                        clipGrad,
                        beta1,
                        beta2,
                        epsilon,
                        true,
                        false);
        if (averageDecay > 0) {
            NDArray average = averages.get(parameterId);
            if (average == null) {
                average = weight.duplicate();
                average.attach(stateManager);
                averages.put(parameterId, average);
            } else {
                // average = decay * average + (1 - decay) * weight, in place
                average.subi(weight).muli(averageDecay).addi(weight);
            }
        }
    }

    /**
     * Exchanges the weights of {@code block} with their moving averages; calling it again swaps
     * them back. Without averaging, or before the first step, it changes nothing.
     */
    void swapAverages(Block block) {
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            NDArray average = averages.get(parameter.getValue().getId());
            if (average != null) {
                NDArray weight = parameter.getValue().getArray();
                try (NDArray last = weight.duplicate()) {
                    weight.set(ALL, average);
                    average.set(ALL, last);
                }
            }
        }
    }

    private NDArray zerosLike(NDArray weight) {
        return stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
    }

    /**
     * Writes the moments of every parameter of {@code block}, by parameter name: parameter ids are
     * random per run, names are not.
     */
    void saveState(DataOutputStream out, Block block) throws IOException {
        ParameterList parameters = block.getParameters();
        out.writeInt(parameters.size());
        for (Pair<String, Parameter> parameter : parameters) {
            out.writeUTF(parameter.getKey());
            writeArray(out, means.get(parameter.getValue().getId()));
            writeArray(out, variances.get(parameter.getValue().getId()));
            NDArray average = averages.get(parameter.getValue().getId());
            out.writeBoolean(average != null);
            if (average != null) {
                writeArray(out, average);
            }
        }
    }

    /** Restores moments written by {@link #saveState} for the same network. */
    void loadState(DataInputStream in, Block block) throws IOException {
        ParameterList parameters = block.getParameters();
        if (in.readInt() != parameters.size()) {
            throw new IOException("the optimiser state is for a network with other parameters");
        }
        for (Pair<String, Parameter> parameter : parameters) {
            String name = in.readUTF();
            if (!name.equals(parameter.getKey())) {
                throw new IOException(
                        "optimiser state for "
                                + name
                                + " where "
                                + parameter.getKey()
                                + " was expected");
            }
            means.put(parameter.getValue().getId(), readArray(in));
            variances.put(parameter.getValue().getId(), readArray(in));
            if (in.readBoolean()) {
                averages.put(parameter.getValue().getId(), readArray(in));
            }
        }
    }

    private static void writeArray(DataOutputStream out, NDArray array) throws IOException {
        byte[] bytes = array.encode();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private NDArray readArray(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return NDArray.decode(stateManager, bytes);
    }

    /** Builds a {@link ResumableAdam}. */
    static final class Builder extends OptimizerBuilder<Builder> {
        private ParameterTracker learningRate;
        private float beta1;
        private float beta2;
        private float epsilon;
        private float averageDecay;
        private NDManager stateManager;

        Builder learningRate(ParameterTracker value) {
            learningRate = value;
            return this;
        }

        Builder betas(float first, float second) {
            beta1 = first;
            beta2 = second;
            return this;
        }

        Builder epsilon(float value) {
            epsilon = value;
            return this;
        }

        /** Keep a moving average of the weights with this decay per step; 0 for none. */
        Builder averageDecay(float value) {
            averageDecay = value;
            return this;
        }

        /** The manager that owns the moments; closing it frees them. */
        Builder stateManager(NDManager value) {
            stateManager = value;
            return this;
        }

        /** Steps already taken, when resuming: the next step is number {@code steps + 1}. */
        Builder stepsDone(int steps) {
            return optBeginNumUpdate(steps);
        }

        @Override
        protected Builder self() {
            return this;
        }

        ResumableAdam build() {
            return new ResumableAdam(this);
        }
    }
}
