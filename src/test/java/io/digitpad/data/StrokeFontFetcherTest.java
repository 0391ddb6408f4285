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
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetching with stand-ins for npm: small shell commands that pack a tarball of our choosing, fail
 * like npm does, or leave a mark that they ran.
 */
@DisabledOnOs(OS.WINDOWS)
class StrokeFontFetcherTest {
    private static Path realFonts;

    @TempDir Path temp;

    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void findRealFonts() {
        TestData.strokeFonts(); // fetches them into the default folder if they are not there yet
        realFonts = StrokeFontFetcher.defaultFolder().toAbsolutePath();
    }

    @Test
    void load_fetches_into_an_empty_folder_and_reads_fifteen_typefaces() throws IOException {
        Path target = temp.resolve("fonts");
        StrokeFontFetcher fetcher = fetcher(npmPacking(packageFolder()));

        List<StrokeFont> fonts = fetcher.load(Optional.of(target));

        assertThat(fonts).hasSize(15);
        assertThat(entries(target)).hasSize(StrokeFontFile.values().length);
        assertThat(log).last().asString().contains("SHA-256 verified");
    }

    @Test
    void load_does_not_run_npm_when_the_files_are_present() throws IOException {
        Path target = copyOfRealFonts();
        Path mark = temp.resolve("npm-ran");

        List<StrokeFont> fonts = fetcher(npmMarking(mark)).load(Optional.of(target));

        assertThat(fonts).hasSize(15);
        assertThat(mark).doesNotExist();
    }

    @Test
    void a_corrupted_file_in_the_folder_is_named_and_not_used() throws IOException {
        Path target = copyOfRealFonts();
        corrupt(target.resolve("EMSTech.svg"));
        Path mark = temp.resolve("npm-ran");

        assertThatThrownBy(() -> fetcher(npmMarking(mark)).load(Optional.of(target)))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("In " + target + ", EMSTech.svg has SHA-256 ")
                .hasMessageContaining(", expected " + StrokeFontFile.EMS_TECH.sha256())
                .hasMessageContaining("delete it and it will be fetched again");
        assertThat(mark).doesNotExist();
    }

    @Test
    void a_file_with_the_wrong_checksum_from_npm_is_refused_by_name_and_nothing_is_kept()
            throws IOException {
        Path pack = packageFolder();
        corrupt(pack.resolve("package/svg_fonts/EMSElfin.svg"));
        Path target = temp.resolve("fonts");

        assertThatThrownBy(() -> fetcher(npmPacking(pack)).fetch(target))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("could not be fetched from npm package hersheytext@2.0.0")
                .hasMessageContaining("EMSElfin.svg has SHA-256 ")
                .hasMessageContaining(", expected " + StrokeFontFile.EMS_ELFIN.sha256())
                .hasMessageContaining("Fix: ");
        assertThat(entries(target)).isEmpty();
    }

    @Test
    void a_package_without_a_file_is_refused_by_name() throws IOException {
        Path pack = packageFolder();
        Files.delete(pack.resolve("package/svg_fonts/EMSFelix.svg"));

        assertThatThrownBy(() -> fetcher(npmPacking(pack)).fetch(temp.resolve("fonts")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("the package lacks [package/svg_fonts/EMSFelix.svg]");
    }

    @Test
    void a_failing_npm_is_reported_with_its_last_line_and_the_fix() {
        List<String> npm =
                List.of(
                        "sh",
                        "-c",
                        "echo 'npm error code E404'; echo 'npm error 404 no such package'; exit 1");

        assertThatThrownBy(() -> fetcher(npm).fetch(temp.resolve("fonts")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("npm pack failed (exit 1): npm error 404 no such package")
                .hasMessageContaining("Fix: make sure npm works");
    }

    @Test
    void a_missing_npm_is_reported_as_such() {
        List<String> npm = List.of(temp.resolve("no-such-npm").toString());

        assertThatThrownBy(() -> fetcher(npm).fetch(temp.resolve("fonts")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("npm is not installed or not on the PATH");
    }

    private StrokeFontFetcher fetcher(List<String> npm) {
        return new StrokeFontFetcher(new NpmPackage(StrokeFontFetcher.PACKAGE, npm), log::add);
    }

    /** An npm that packs {@code folder} (holding {@code package/...}) as its tarball. */
    private static List<String> npmPacking(Path folder) {
        return List.of(
                "sh", "-c", "tar czf hersheytext-2.0.0.tgz -C \"$0\" package", folder.toString());
    }

    /** An npm that fails, leaving {@code mark} behind to show it ran. */
    private static List<String> npmMarking(Path mark) {
        return List.of("sh", "-c", "touch \"$0\"; exit 1", mark.toString());
    }

    /** The real files laid out as in the package's tarball. */
    private Path packageFolder() throws IOException {
        Path folder = temp.resolve("pack");
        for (StrokeFontFile file : StrokeFontFile.values()) {
            Path copy = folder.resolve(file.entry());
            Files.createDirectories(copy.getParent());
            Files.copy(realFonts.resolve(file.fileName()), copy);
        }
        return folder;
    }

    private Path copyOfRealFonts() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("fonts"));
        for (StrokeFontFile file : StrokeFontFile.values()) {
            Files.copy(realFonts.resolve(file.fileName()), folder.resolve(file.fileName()));
        }
        return folder;
    }

    /** Changes one coordinate: still a readable font, with another checksum. */
    private static void corrupt(Path file) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(" L ") + 3;
        Files.writeString(file, text.substring(0, at) + "1" + text.substring(at));
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
