package io.digitpad.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of the npm package {@code hersheytext@2.0.0} that hold the benchmark's typefaces, with
 * the SHA-256 of each. The Hershey fonts are free to use with acknowledgement; the EMS fonts are
 * under the SIL Open Font License; the package itself is MIT.
 */
enum StrokeFontFile {
    HERSHEY(
            "package/hersheytext.json",
            "1aacce429fbf5eacb060b2cd3d9ad595fa820d28c9667b9ab1177de8de14bd8a"),
    EMS_ALLURE(
            "package/svg_fonts/EMSAllure.svg",
            "55ed2de9c602229f32dd2784aae704023a5594eb8d208131f2552fae330a2a67"),
    EMS_ELFIN(
            "package/svg_fonts/EMSElfin.svg",
            "0224d1af4c3d62d8c0390b83a47bcd5e7a5e605f3803a9078cde303ea0acf401"),
    EMS_FELIX(
            "package/svg_fonts/EMSFelix.svg",
            "e7b2463c6cb2a2cbef59db9b1f9f5a20a0ecd9158eeb8f01f2015c9e5be7dca4"),
    EMS_NIXISH(
            "package/svg_fonts/EMSNixish.svg",
            "e72414cc04bc9a31c38065b95bbc868d04d47a3cd86cf024c187ced68a4104bd"),
    EMS_NIXISH_ITALIC(
            "package/svg_fonts/EMSNixishItalic.svg",
            "58220e34bee71e11c4f14acf3b4b4a4b5599cf55643c3c0460c2df56975d012b"),
    EMS_OSMOTRON(
            "package/svg_fonts/EMSOsmotron.svg",
            "158b0f247a005ca5b6b8556f85684ad10cbb04c41ebbd394b9090c8ea2f16c52"),
    EMS_READABILITY(
            "package/svg_fonts/EMSReadability.svg",
            "eebece4f2a47b9d3a8f40cab2b0f689ca60902997abd5c81064ef0d2a3a05522"),
    EMS_READABILITY_ITALIC(
            "package/svg_fonts/EMSReadabilityItalic.svg",
            "e0b5916a30fa50f2fde1446b8372f31cca093806bb3c45465d809aedb3591080"),
    EMS_TECH(
            "package/svg_fonts/EMSTech.svg",
            "7b5a420d4e16285213e7e2b1d187d086835c2dd7a7f64c5b8057434f082fc46f");

    private final String entry;
    private final String sha256;

    StrokeFontFile(String entry, String sha256) {
        this.entry = entry;
        this.sha256 = sha256;
    }

    /** Path of the file inside the package's tarball. */
    String entry() {
        return entry;
    }

    /** Name of the file in the data folder: the last part of {@link #entry()}. */
    String fileName() {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    /** SHA-256 of the file, lower-case hex. */
    String sha256() {
        return sha256;
    }

    /** True when every file is in {@code folder}. */
    static boolean allPresent(Path folder) {
        for (StrokeFontFile file : values()) {
            if (!Files.isRegularFile(folder.resolve(file.fileName()))) {
                return false;
            }
        }
        return true;
    }
}
