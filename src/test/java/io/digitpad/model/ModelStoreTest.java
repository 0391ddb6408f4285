package io.digitpad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
    @TempDir Path dir;

    @Test
    void saved_and_reloaded_model_gives_identical_outputs() throws IOException {
        Path file = dir.resolve("m.params");
        float[] image = testImage(0);
        float[] before;
        try (Model model = newModel()) {
            before = logits(model, image);
            ModelStore.save(model, shippedCard(), file);
        }

        try (DigitModel reloaded = ModelStore.load(file)) {
            assertThat(logits(reloaded.model(), image)).containsExactly(before);
        }
    }

    @Test
    void loaded_model_can_be_saved_again() throws IOException {
        Path file = dir.resolve("copy.params");
        float[] image = testImage(0);
        float[] before;
        try (DigitModel shipped = TestData.shippedModel()) {
            before = logits(shipped.model(), image);
            ModelStore.save(shipped.model(), shipped.card(), file);
        }

        try (DigitModel copy = ModelStore.load(file)) {
            assertThat(logits(copy.model(), image)).containsExactly(before);
        }
    }

    @Test
    void card_round_trips_through_the_model_file() throws IOException {
        Path file = dir.resolve("m.params");
        ModelCard card = shippedCard();
        try (Model model = newModel()) {
            ModelStore.save(model, card, file);
        }

        try (DigitModel reloaded = ModelStore.load(file)) {
            assertThat(reloaded.card()).usingRecursiveComparison().isEqualTo(card);
        }
        assertThat(card.architecture()).isEqualTo(DigitNet.ARCHITECTURE);
        assertThat(card.parameters()).isEqualTo(225_034);
    }

    @Test
    void card_is_also_written_beside_the_model_as_json() throws IOException {
        Path file = dir.resolve("m.params");
        ModelCard card = shippedCard();
        try (Model model = newModel()) {
            ModelStore.save(model, card, file);
        }

        Path json = dir.resolve("m.card.json");
        assertThat(ModelStore.cardFile(file)).isEqualTo(json);
        assertThat(json).isRegularFile();
        assertThat(ModelCard.fromJson(Files.readString(json)))
                .usingRecursiveComparison()
                .isEqualTo(card);
    }

    @Test
    void saving_over_an_existing_model_replaces_it_and_leaves_no_scratch_files()
            throws IOException {
        Path file = dir.resolve("m.params");
        try (Model model = newModel()) {
            ModelStore.save(model, withAccuracy(shippedCard(), 0.5), file);
            ModelStore.save(model, withAccuracy(shippedCard(), 0.75), file);
        }

        try (DigitModel reloaded = ModelStore.load(file)) {
            assertThat(reloaded.card().testAccuracy()).isEqualTo(0.75);
        }
        assertThat(ModelCard.fromJson(Files.readString(dir.resolve("m.card.json"))).testAccuracy())
                .isEqualTo(0.75);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("m.params", "m.card.json");
        }
    }

    @Test
    void saving_into_a_missing_folder_creates_it() throws IOException {
        Path file = dir.resolve("models/nested/m.params");
        try (Model model = newModel()) {
            ModelStore.save(model, shippedCard(), file);
        }

        assertThat(file).isRegularFile();
        assertThat(dir.resolve("models/nested/m.card.json")).isRegularFile();
    }

    @Test
    void missing_file_is_named() {
        Path file = dir.resolve("nothing.params");

        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessage("no model file at " + file);
    }

    @Test
    void empty_file_is_reported_as_empty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.params"));

        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(file + " is empty: it is not a digitpad model");
    }

    @Test
    void random_bytes_are_not_a_digitpad_model() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.params"), noise);

        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + " is not a digitpad model");
    }

    @Test
    void png_picture_is_not_a_digitpad_model() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        Path file = Files.write(dir.resolve("digit.png"), png.toByteArray());

        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + " is not a digitpad model");
    }

    @Test
    void first_half_of_a_model_is_reported_as_truncated_or_corrupt() throws IOException {
        Path file = dir.resolve("half.params");
        Files.write(file, halfOfSavedModel());

        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + " is truncated or corrupt");
    }

    @Test
    void model_cut_inside_its_header_is_reported_as_truncated_or_corrupt() throws IOException {
        Path file = dir.resolve("header.params");
        Files.write(file, Arrays.copyOf(savedModelBytes(), 200));

        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + " is truncated or corrupt");
    }

    @Test
    void plain_djl_model_without_a_card_is_refused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("djl"));
        try (Model model = Model.newInstance("digitpad")) {
            model.setBlock(DigitNet.build());
            model.getBlock()
                    .initialize(model.getNDManager(), DataType.FLOAT32, DigitNet.inputShape(1));
            model.save(folder, "digitpad");
        }
        Path file;
        try (Stream<Path> files = Files.list(folder)) {
            file = files.filter(p -> p.toString().endsWith(".params")).findFirst().orElseThrow();
        }

        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(file + " is a DJL model but not a digitpad one (it has no model card)");
    }

    @Test
    void model_of_another_architecture_is_refused_by_name() throws IOException {
        Path file = dir.resolve("lenet.params");
        try (Model model = newModel()) {
            ModelStore.save(model, edited(shippedCard(), "architecture", "lenet-5"), file);
        }

        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining(file + " holds a network of another architecture (lenet-5)")
                .hasMessageContaining(DigitNet.ARCHITECTURE);
    }

    @Test
    void shipped_model_carries_a_card_for_this_network() {
        try (DigitModel shipped = TestData.shippedModel()) {
            ModelCard card = shipped.card();

            assertThat(card.architecture()).isEqualTo(DigitNet.ARCHITECTURE);
            assertThat(card.parameters()).isEqualTo(225_034);
            assertThat(card.epochsCompleted()).isEqualTo(card.recipe().epochs());
            assertThat(card.testAccuracy()).isGreaterThanOrEqualTo(0.99);
            assertThat(card.perClassTestAccuracy()).hasSize(10);
        }
    }

    private byte[] savedModelBytes() throws IOException {
        Path file = dir.resolve("scratch/full.params");
        try (Model model = newModel()) {
            ModelStore.save(model, shippedCard(), file);
        }
        return Files.readAllBytes(file);
    }

    private byte[] halfOfSavedModel() throws IOException {
        byte[] full = savedModelBytes();
        return Arrays.copyOf(full, full.length / 2);
    }

    /** A new network with seeded Glorot weights, as training starts from. */
    private static Model newModel() {
        Engine.getInstance().setRandomSeed(7);
        Model model = Model.newInstance("digitpad");
        model.setBlock(DigitNet.build());
        model.getBlock().setInitializer(DigitNet.kerasWeightInitializer(), Parameter.Type.WEIGHT);
        model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, DigitNet.inputShape(1));
        return model;
    }

    private static ModelCard shippedCard() {
        try (DigitModel shipped = TestData.shippedModel()) {
            return shipped.card();
        }
    }

    private static ModelCard withAccuracy(ModelCard card, double accuracy) throws IOException {
        return edited(card, "testAccuracy", accuracy);
    }

    /** A copy of {@code card} with one field changed, through its JSON form. */
    private static ModelCard edited(ModelCard card, String field, Object value) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(card.toJson());
        tree.set(field, json.valueToTree(value));
        return ModelCard.fromJson(json.writeValueAsString(tree));
    }

    /** Test image {@code index} scaled to 0-1, as the network sees it. */
    static float[] testImage(int index) {
        int[] grey = TestData.mnist().test().pixels(index);
        float[] pixels = new float[MnistSet.PIXELS];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = grey[i] / 255f;
        }
        return pixels;
    }

    /** The network's ten logits for one image, in inference mode. */
    static float[] logits(Model model, float[] pixels) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray x = manager.create(pixels, DigitNet.inputShape(1));
            return model.getBlock()
                    .forward(new ParameterStore(manager, false), new NDList(x), false)
                    .singletonOrThrow()
                    .toFloatArray();
        }
    }

    static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
