package io.digitpad.training;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digitpad.DigitpadException;
import io.digitpad.model.ModelCard;
import io.digitpad.model.ModelStore;
import io.digitpad.model.TrainingRecipe;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of a training run after its last completed epoch: recipe, history, weights and the
 * optimiser's moments. Written atomically after every epoch, so a run killed at any moment (even
 * with SIGKILL) resumes from its last epoch and ends exactly where an uninterrupted run ends.
 *
 * @param recipe the recipe of the run; a resumed run must use the same one
 * @param history the completed epochs
 * @param trainingSeconds training time so far
 */
record TrainingCheckpoint(
        TrainingRecipe recipe, List<ModelCard.Epoch> history, double trainingSeconds) {
    private static final String MAGIC = "digitpad-checkpoint";

    /** 2: the optimiser state holds weight averages. */
    private static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    int epochsDone() {
        return history.size();
    }

    /** Writes this state with the weights of {@code block} and the moments of {@code adam}. */
    void save(Path file, Block block, ResumableAdam adam) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(JSON.writeValueAsString(recipe));
            out.writeDouble(trainingSeconds);
            out.writeInt(history.size());
            for (ModelCard.Epoch e : history) {
                out.writeInt(e.epoch());
                out.writeDouble(e.trainLoss());
                out.writeDouble(e.trainAccuracy());
                out.writeDouble(e.testAccuracy());
                out.writeDouble(e.seconds());
            }
            block.saveParameters(out);
            adam.saveState(out, block);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ModelStore.writeAtomically(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new DigitpadException("cannot write the checkpoint " + file + ": " + e, e);
        }
    }

    /**
     * Reads the checkpoint at {@code file}: its state, with the weights loaded into {@code block};
     * {@code restoreOptimizer} then receives the stream positioned at the optimiser's moments.
     */
    static TrainingCheckpoint load(
            Path file, Block block, NDManager manager, OptimizerRestorer restoreOptimizer) {
        try (DataInputStream in =
                new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new DigitpadException(file + " is not a digitpad training checkpoint");
            }
            if (in.readInt() != VERSION) {
                throw new DigitpadException(
                        file
                                + " was written by another version of digitpad and cannot be"
                                + " resumed; train without --resume to start over");
            }
            TrainingRecipe recipe = JSON.readValue(in.readUTF(), TrainingRecipe.class);
            double seconds = in.readDouble();
            int epochs = in.readInt();
            List<ModelCard.Epoch> history = new ArrayList<>();
            for (int i = 0; i < epochs; i++) {
                history.add(
                        new ModelCard.Epoch(
                                in.readInt(),
                                in.readDouble(),
                                in.readDouble(),
                                in.readDouble(),
                                in.readDouble()));
            }
            block.loadParameters(manager, in);
            TrainingCheckpoint checkpoint = new TrainingCheckpoint(recipe, history, seconds);
            restoreOptimizer.restore(checkpoint, in);
            return checkpoint;
        } catch (JsonProcessingException | MalformedModelException e) {
            throw new DigitpadException(file + " is a damaged training checkpoint: " + e, e);
        } catch (IOException e) {
            throw new DigitpadException(
                    file + " is a truncated or unreadable training checkpoint: " + e, e);
        }
    }

    /** Restores the optimiser once the checkpoint's own state is known. */
    interface OptimizerRestorer {
        void restore(TrainingCheckpoint checkpoint, DataInputStream in) throws IOException;
    }
}
