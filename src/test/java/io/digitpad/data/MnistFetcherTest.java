package io.digitpad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.digitpad.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFetcherTest {
    private static Path realMnist;

    @TempDir Path target;

    private final List<String> log = new ArrayList<>();
    private final List<String> called = new ArrayList<>();

    @BeforeAll
    static void findRealMnist() {
        TestData.mnist(); // fetches it into the default folder if it is not there yet
        realMnist = MnistFetcher.defaultFolder().toAbsolutePath();
    }

    @Test
    void files_from_a_good_source_are_verified_and_moved_into_the_folder() {
        MnistFetcher fetcher = new MnistFetcher(List.of(source("good", this::copyReal)), log::add);

        fetcher.fetch(target);

        for (MnistFile file : MnistFile.values()) {
            assertThat(target.resolve(file.fileName()))
                    .isRegularFile()
                    .hasSameBinaryContentAs(realMnist.resolve(file.fileName()));
        }
        assertThat(entries(target)).hasSize(4);
        assertThat(log).last().asString().contains("SHA-256 verified");
    }

    @Test
    void load_fetches_when_the_folder_is_empty_and_reads_the_result() {
        MnistFetcher fetcher = new MnistFetcher(List.of(source("good", this::linkReal)), log::add);

        Mnist mnist = fetcher.load(Optional.of(target));

        assertThat(called).containsExactly("good");
        assertThat(mnist.isOfficial()).isTrue();
        assertThat(mnist.test().label(0)).isEqualTo(7);
    }

    @Test
    void load_does_not_fetch_when_the_files_are_present() throws IOException {
        linkReal(target);
        MnistFetcher fetcher = new MnistFetcher(List.of(source("never", this::linkReal)), log::add);

        fetcher.load(Optional.of(target));

        assertThat(called).isEmpty();
    }

    @Test
    void corrupted_file_is_refused_by_sha256_and_the_next_source_is_tried() {
        MnistFetcher fetcher =
                new MnistFetcher(
                        List.of(
                                source("corrupt", this::corruptReal),
                                source("good", this::linkReal)),
                        log::add);

        fetcher.fetch(target);

        assertThat(called).containsExactly("corrupt", "good");
        assertThat(Mnist.read(target).isOfficial()).isTrue();
    }

    @Test
    void when_every_source_fails_the_message_lists_each_failure_and_mentions_data_option() {
        MnistFetcher fetcher =
                new MnistFetcher(
                        List.of(
                                source(
                                        "offline mirror",
                                        folder -> {
                                            throw new IOException("connection refused");
                                        }),
                                source("corrupt mirror", this::corruptReal)),
                        log::add);

        assertThatThrownBy(() -> fetcher.fetch(target))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("MNIST is not in " + target)
                .hasMessageContaining("offline mirror: connection refused")
                .hasMessageContaining("corrupt mirror: train-labels-idx1-ubyte has SHA-256 ")
                .hasMessageContaining(", expected " + MnistFile.TRAIN_LABELS.sha256())
                .hasMessageContaining("--data");
        assertThat(called).containsExactly("offline mirror", "corrupt mirror");
    }

    @Test
    void network_failures_without_a_message_are_still_explained() {
        MnistFetcher fetcher =
                new MnistFetcher(
                        List.of(
                                source(
                                        "unreachable mirror",
                                        folder -> {
                                            throw new java.net.ConnectException();
                                        })),
                        log::add);

        assertThatThrownBy(() -> fetcher.fetch(target))
                .hasMessageContaining("unreachable mirror: cannot connect")
                .hasMessageNotContaining("null");
    }

    @Test
    void failed_fetch_leaves_no_partial_file_in_the_folder() {
        MnistFetcher fetcher =
                new MnistFetcher(
                        List.of(
                                source(
                                        "dies half way",
                                        folder -> {
                                            Files.write(
                                                    folder.resolve(
                                                            MnistFile.TRAIN_LABELS.fileName()),
                                                    new byte[] {0, 0, 8});
                                            throw new IOException("connection reset");
                                        }),
                                source("corrupt", this::corruptReal)),
                        log::add);

        assertThatThrownBy(() -> fetcher.fetch(target)).isInstanceOf(DataException.class);

        assertThat(entries(target)).isEmpty();
    }

    @Test
    void source_that_leaves_out_a_file_is_a_failure_and_the_next_source_is_tried() {
        // MnistSource's contract leaves checking to the caller, so a source that returns without
        // writing every file must count as a failed source, not abort the whole fetch.
        MnistFetcher fetcher =
                new MnistFetcher(
                        List.of(
                                source(
                                        "incomplete",
                                        folder -> {
                                            linkReal(folder);
                                            Files.delete(
                                                    folder.resolve(
                                                            MnistFile.TEST_IMAGES.fileName()));
                                        }),
                                source("good", this::linkReal)),
                        log::add);

        fetcher.fetch(target);

        assertThat(called).containsExactly("incomplete", "good");
        assertThat(Mnist.isPresent(target)).isTrue();
    }

    private interface Fill {
        void into(Path folder) throws IOException;
    }

    private MnistSource source(String name, Fill fill) {
        return new MnistSource() {
            @Override
            public String describe() {
                return name;
            }

            @Override
            public void fetchInto(Path folder) throws IOException {
                called.add(name);
                fill.into(folder);
            }
        };
    }

    private void copyReal(Path folder) throws IOException {
        for (MnistFile file : MnistFile.values()) {
            Files.copy(realMnist.resolve(file.fileName()), folder.resolve(file.fileName()));
        }
    }

    /** The real files as links: same content, no 55 MB copy per test. */
    private void linkReal(Path folder) throws IOException {
        for (MnistFile file : MnistFile.values()) {
            link(folder.resolve(file.fileName()), realMnist.resolve(file.fileName()));
        }
    }

    /** A hard link (never written through: sources only create files), else a copy. */
    static void link(Path link, Path existing) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(existing, link);
        }
    }

    /** The real files, except one training label changed: a valid IDX file, wrong checksum. */
    private void corruptReal(Path folder) throws IOException {
        for (MnistFile file : MnistFile.values()) {
            if (file == MnistFile.TRAIN_LABELS) {
                byte[] bytes = Files.readAllBytes(realMnist.resolve(file.fileName()));
                bytes[100] = (byte) ((bytes[100] + 1) % 10);
                Files.write(folder.resolve(file.fileName()), bytes);
            } else {
                link(folder.resolve(file.fileName()), realMnist.resolve(file.fileName()));
            }
        }
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
