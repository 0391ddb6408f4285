package io.digitpad;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages depend one way, as ARCHITECTURE.md draws them; read from the sources' imports. */
class PackageDependenciesTest {
    /** What each package may use; anything it does not name here is a dependency the wrong way. */
    private static final Map<String, Set<String>> ALLOWED =
            Map.ofEntries(
                    entry(
                            "cli",
                            Set.of(
                                    "web",
                                    "training",
                                    "evaluation",
                                    "numbers",
                                    "recognition",
                                    "drawing",
                                    "model",
                                    "data")),
                    entry("web", Set.of("numbers", "recognition", "model")),
                    entry(
                            "training",
                            Set.of("evaluation", "recognition", "drawing", "model", "data")),
                    entry(
                            "evaluation",
                            Set.of("numbers", "recognition", "drawing", "model", "data")),
                    entry("numbers", Set.of("recognition", "data")),
                    entry("drawing", Set.of("recognition", "data")),
                    entry("recognition", Set.of("model")),
                    entry("model", Set.of()),
                    entry("data", Set.of()));

    private static final Path SOURCES = Path.of("src/main/java/io/digitpad");

    /** A use of a class of another digitpad package: an import or a fully qualified name. */
    private static final Pattern USE = Pattern.compile("\\bio\\.digitpad\\.([a-z]+)\\.[A-Z]");

    @Test
    void every_package_uses_only_the_packages_below_it() throws IOException {
        assertThat(uses()).allSatisfy((from, to) -> assertThat(ALLOWED.get(from)).containsAll(to));
    }

    @Test
    void every_package_is_in_the_layering() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            assertThat(packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        }
    }

    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getParent().equals(SOURCES))
                    .forEach(
                            f -> {
                                String from = SOURCES.relativize(f).getName(0).toString();
                                Matcher use = USE.matcher(read(f));
                                while (use.find()) {
                                    if (!use.group(1).equals(from)) {
                                        uses.computeIfAbsent(from, k -> new TreeSet<>())
                                                .add(use.group(1));
                                    }
                                }
                            });
        }
        return uses;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
