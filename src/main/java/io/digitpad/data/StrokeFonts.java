package io.digitpad.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typefaces of the typeface benchmark, read from the {@link StrokeFontFile}s in a folder. */
final class StrokeFonts {
    /**
     * The Hershey fonts to draw, font id to name, in order. Left out: fonts whose digits repeat
     * these exactly, so that no shape counts twice (cursive, greek, math and meteorology repeat
     * futural; scriptc and timesi repeat scripts; timesg and cyrillic repeat timesr; astrology
     * repeats timesib), and the gothic, japanese and symbol fonts, as digits people do not write.
     */
    private static final Map<String, String> HERSHEY = hersheyNames();

    private StrokeFonts() {}

    /** The six Hershey typefaces, then the nine EMS ones. */
    static List<StrokeFont> read(Path folder) {
        List<StrokeFont> fonts =
                new ArrayList<>(
                        HersheyFontReader.read(
                                folder.resolve(StrokeFontFile.HERSHEY.fileName()), HERSHEY));
        for (StrokeFontFile file : StrokeFontFile.values()) {
            if (file != StrokeFontFile.HERSHEY) {
                fonts.add(SvgFontReader.read(folder.resolve(file.fileName())));
            }
        }
        return List.copyOf(fonts);
    }

    private static Map<String, String> hersheyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("futural", "Hershey Sans");
        names.put("futuram", "Hershey Sans Bold");
        names.put("scripts", "Hershey Script");
        names.put("timesr", "Hershey Serif");
        names.put("timesrb", "Hershey Serif Bold");
        names.put("timesib", "Hershey Serif Bold Italic");
        return Collections.unmodifiableMap(names);
    }
}
