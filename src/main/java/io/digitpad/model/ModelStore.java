package io.digitpad.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Saves and loads models as single files in DJL's parameter format, with the {@link ModelCard}
 * stored inside as a model property (and beside it as JSON, for people).
 *
 * <p>Saving never leaves a half-written file where a good one was: the file is written and synced
 * in a scratch folder next to the target, then renamed over it in one atomic step. Loading checks
 * the header and the card before any parameter is read, so a foreign or corrupt file is refused
 * with a message that says which it is.
 */
public final class ModelStore {
    /** Model property that holds the card's JSON. */
    static final String CARD_PROPERTY = "digitpad.card";

    /** Classpath location of the model shipped with digitpad. */
    public static final String DEFAULT_MODEL_RESOURCE = "/model/digitpad.params";

    private static final String DJL_MAGIC = "DJL@";
    private static final int DJL_FORMAT_VERSION = 1;
    private static final String MODEL_NAME = "digitpad";

    private ModelStore() {}

    /** Loads the model shipped inside digitpad. */
    public static DigitModel loadDefault() {
        try (InputStream in = ModelStore.class.getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
            if (in == null) {
                throw new ModelFileException(
                        "this build of digitpad has no default model ("
                                + DEFAULT_MODEL_RESOURCE
                                + " is missing); pass --model PATH");
            }
            return load(in.readAllBytes(), "the built-in model");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the model saved at {@code file}. */
    public static DigitModel load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException("no model file at " + file);
        } catch (IOException e) {
            throw new ModelFileException("cannot read the model file " + file + ": " + e, e);
        }
        return load(bytes, file.toString());
    }

    private static DigitModel load(byte[] bytes, String source) {
        ModelCard card = readCard(bytes, source);
        if (!DigitNet.ARCHITECTURE.equals(card.architecture())) {
            throw new ModelFileException(
                    source
                            + " holds a network of another architecture ("
                            + card.architecture()
                            + "); this digitpad runs "
                            + DigitNet.ARCHITECTURE);
        }
        Model model = Model.newInstance(MODEL_NAME);
        try {
            model.setBlock(DigitNet.build());
            // Initialised first so the block knows its input names too: a loaded model can then be
            // saved again. The loaded parameters replace the initial ones.
            model.getBlock()
                    .initialize(model.getNDManager(), DataType.FLOAT32, DigitNet.inputShape(1));
            model.load(new ByteArrayInputStream(bytes), null);
            return new DigitModel(model, card);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new ModelFileException(
                    source + " is truncated or corrupt: its parameters cannot be read (" + e + ")",
                    e);
        }
    }

    /** Reads DJL's header up to the properties, and the card among them. */
    private static ModelCard readCard(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new ModelFileException(source + " is empty: it is not a digitpad model");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte[] magic = in.readNBytes(4);
            if (!DJL_MAGIC.equals(new String(magic, StandardCharsets.ISO_8859_1))) {
                throw new ModelFileException(
                        source
                                + " is not a digitpad model (it does not start with DJL's \""
                                + DJL_MAGIC
                                + "\" parameter header)");
            }
            int version = in.readInt();
            if (version != DJL_FORMAT_VERSION) {
                throw new ModelFileException(
                        source
                                + " uses DJL parameter format "
                                + version
                                + ", expected "
                                + DJL_FORMAT_VERSION);
            }
            in.readUTF(); // model name
            in.readUTF(); // data type
            int inputs = in.readInt();
            for (int i = 0; i < inputs; i++) {
                in.readUTF();
                Shape.decode(in);
            }
            int properties = in.readInt();
            for (int i = 0; i < properties; i++) {
                String key = in.readUTF();
                String value = in.readUTF();
                if (CARD_PROPERTY.equals(key)) {
                    return ModelCard.fromJson(value);
                }
            }
            throw new ModelFileException(
                    source + " is a DJL model but not a digitpad one (it has no model card)");
        } catch (JsonProcessingException e) {
            throw new ModelFileException(source + " has an unreadable model card", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelFileException mfe) {
                throw mfe;
            }
            throw new ModelFileException(
                    source + " is truncated or corrupt: its header cannot be read", e);
        }
    }

    /**
     * Saves {@code model} with {@code card} to {@code file}, replacing it atomically, and writes
     * the card beside it ({@link #cardFile(Path)}).
     */
    public static void save(Model model, ModelCard card, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path scratch = Files.createTempDirectory(folder, ".saving-");
        try {
            model.setProperty(CARD_PROPERTY, card.toJson());
            model.save(scratch, MODEL_NAME);
            Path written;
            try (Stream<Path> files = Files.list(scratch)) {
                written = files.findFirst().orElseThrow(() -> new IOException("DJL wrote nothing"));
            }
            replaceAtomically(written, target);
            Path cardScratch = scratch.resolve("card.json");
            Files.writeString(cardScratch, card.toJson() + "\n");
            replaceAtomically(cardScratch, cardFile(target));
        } finally {
            PathUtils.deleteDirectory(scratch);
        }
    }

    /** Writes {@code content} to {@code file} through a synced scratch file and a rename. */
    public static void writeAtomically(Path file, String content) throws IOException {
        writeAtomically(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code file} through a synced scratch file and a rename. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path scratch = target.resolveSibling("." + target.getFileName() + ".writing");
        try {
            Files.write(scratch, content);
            replaceAtomically(scratch, target);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /**
     * The JSON card written beside a model file: {@code name.params} gives {@code name.card.json}.
     */
    public static Path cardFile(Path modelFile) {
        return sibling(modelFile, ".card.json");
    }

    /** Where training keeps its last completed epoch until the model file is written. */
    public static Path checkpointFile(Path modelFile) {
        return sibling(modelFile, ".checkpoint");
    }

    /** The per-epoch history written beside a model file. */
    public static Path historyFile(Path modelFile) {
        return sibling(modelFile, ".history.csv");
    }

    private static Path sibling(Path modelFile, String suffix) {
        String name = modelFile.getFileName().toString();
        String stem = name.endsWith(".params") ? name.substring(0, name.length() - 7) : name;
        return modelFile.resolveSibling(stem + suffix);
    }

    private static void replaceAtomically(Path source, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(
                source,
                target,
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        // Sync the folder too, so the rename itself survives a power cut.
        try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename is still atomic there.
        }
    }
}
