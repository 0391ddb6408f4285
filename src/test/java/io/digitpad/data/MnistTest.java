package io.digitpad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.digitpad.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistTest {

    @Test
    void real_mnist_has_60000_training_and_10000_test_images() {
        Mnist mnist = TestData.mnist();

        assertThat(mnist.train().size()).isEqualTo(60_000);
        assertThat(mnist.test().size()).isEqualTo(10_000);
        assertThat(mnist.train().images()).hasSize(60_000 * MnistSet.PIXELS);
    }

    @Test
    void real_mnist_matches_the_published_checksums() {
        Mnist mnist = TestData.mnist();

        assertThat(mnist.isOfficial()).isTrue();
        assertThat(mnist.checksums()).hasSize(4);
    }

    @Test
    void first_test_digit_is_a_7_and_first_training_digit_a_5() {
        Mnist mnist = TestData.mnist();

        assertThat(mnist.test().label(0)).isEqualTo(7);
        assertThat(mnist.train().label(0)).isEqualTo(5);
    }

    @Test
    void test_set_holds_every_digit() {
        int[] counts = new int[10];
        MnistSet test = TestData.mnist().test();
        for (int i = 0; i < test.size(); i++) {
            counts[test.label(i)]++;
        }
        // The published per-digit counts of the MNIST test set.
        assertThat(counts).containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
    }

    @Test
    void folder_missing_a_file_names_the_file_and_the_folder(@TempDir Path dir) throws IOException {
        for (MnistFile file : MnistFile.values()) {
            if (file != MnistFile.TEST_LABELS) {
                Files.createFile(dir.resolve(file.fileName()));
            }
        }

        assertThat(Mnist.isPresent(dir)).isFalse();
        assertThatThrownBy(() -> Mnist.read(dir))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("t10k-labels-idx1-ubyte")
                .hasMessageContaining("not found in " + dir);
    }

    @Test
    void altered_file_is_read_but_not_official(@TempDir Path dir) throws IOException {
        TestData.mnist();
        Path source = MnistFetcher.defaultFolder().toAbsolutePath();
        for (MnistFile file : MnistFile.values()) {
            if (file != MnistFile.TEST_LABELS) {
                MnistFetcherTest.link(
                        dir.resolve(file.fileName()), source.resolve(file.fileName()));
            }
        }
        // Relabel the first test image: still a valid IDX file, no longer the published one.
        String labels = MnistFile.TEST_LABELS.fileName();
        byte[] bytes = Files.readAllBytes(source.resolve(labels));
        bytes[8] = 1;
        Files.write(dir.resolve(labels), bytes);

        Mnist altered = Mnist.read(dir);

        assertThat(altered.test().label(0)).isEqualTo(1);
        assertThat(altered.isOfficial()).isFalse();
    }
}
