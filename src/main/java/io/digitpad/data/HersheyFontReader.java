package io.digitpad.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Hershey fonts from the {@code hersheytext.json} of the npm package hersheytext: an object
 * keyed by font id, each with the glyphs of the printable ASCII characters from {@code '!'} on as
 * {@code {"d": "M6,5 L8,4 11,1 11,22", "o": 10}}, SVG path data with y growing downwards.
 */
final class HersheyFontReader {
    /**
     * Where {@code '0'} is in a font's glyphs: the array starts at {@code '!'}, without the space,
     * as the package's own renderer says by reading {@code chars[code - 33]}.
     */
    private static final int ZERO = '0' - '!';

    private HersheyFontReader() {}

    /**
     * The fonts {@code names} keys, named by its values, in its order.
     *
     * @param names font id in the file (e.g. "futural") to the name for reports
     */
    static List<StrokeFont> read(Path file, Map<String, String> names) {
        JsonNode fonts;
        try {
            fonts = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new DataException(file + ": not readable JSON (" + e.getMessage() + ")", e);
        }
        List<StrokeFont> read = new ArrayList<>();
        names.forEach((id, name) -> read.add(font(file, fonts, id, name)));
        return read;
    }

    private static StrokeFont font(Path file, JsonNode fonts, String id, String name) {
        if (!fonts.has(id)) {
            throw new DataException(file + ": has no font " + id);
        }
        JsonNode chars = fonts.path(id).path("chars");
        if (chars.size() < ZERO + 10) {
            throw new DataException(
                    file + ": font " + id + " has " + chars.size() + " glyphs, too few for digits");
        }
        List<List<double[]>> digits = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            String path = chars.get(ZERO + d).path("d").asText();
            try {
                digits.add(SvgPathData.parse(path));
            } catch (IllegalArgumentException e) {
                throw new DataException(
                        file + ": font " + id + ", digit " + d + ": " + e.getMessage(), e);
            }
        }
        try {
            return new StrokeFont(name, StrokeFont.Family.HERSHEY, digits);
        } catch (IllegalArgumentException e) {
            throw new DataException(file + ": font " + id + ": " + e.getMessage(), e);
        }
    }
}
