package io.digitpad.data;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fonts made from real people's handwriting, as Debian packages them: the nearest thing to writers
 * who are not in MNIST that can be installed anywhere. Training never sees them.
 */
public final class HandwritingFonts {
    /** Where Debian installs fonts. */
    public static final Path DEBIAN_FOLDER = Path.of("/usr/share/fonts");

    /** The Debian packages holding the fonts, for messages. */
    public static final String PACKAGES =
            "fonts-dkg-handwriting fonts-breip fonts-bwht fonts-humor-sans fonts-rufscript"
                    + " fonts-klee";

    /**
     * One regular face of each hand. fonts-femkeklaver is left out on purpose: its digits are
     * hollow double outlines, not pen strokes.
     */
    private static final List<String> FILES =
            List.of(
                    "truetype/fifthhorseman/dkg.ttf",
                    "truetype/breip/Breip.ttf",
                    "opentype/bwht/BecauseWeBuild-Regular.otf",
                    "opentype/bwht/BecauseWeConnect-Regular.otf",
                    "opentype/bwht/BecauseWeCreate-Regular.otf",
                    "opentype/bwht/BecauseWeLearn-Regular.otf",
                    "opentype/bwht/BecauseWeMentor-Regular.otf",
                    "opentype/bwht/BecauseWeOrganize-Regular.otf",
                    "truetype/humor-sans/Humor-Sans.ttf",
                    "truetype/rufscript/Rufscript010.ttf",
                    "truetype/klee/KleeOne-Regular.ttf");

    private HandwritingFonts() {}

    /** Those of the fonts installed under {@code fontsFolder} (/usr/share/fonts on Debian). */
    public static List<Font> installed(Path fontsFolder) {
        List<Font> fonts = new ArrayList<>();
        for (String file : FILES) {
            Path path = fontsFolder.resolve(file);
            if (Files.isRegularFile(path)) {
                try {
                    fonts.add(Font.createFont(Font.TRUETYPE_FONT, path.toFile()));
                } catch (FontFormatException | IOException e) {
                    // A damaged font file is one hand fewer, not a failed report.
                }
            }
        }
        return fonts;
    }
}
