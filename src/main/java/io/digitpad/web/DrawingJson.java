package io.digitpad.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.digitpad.recognition.Ink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the JSON body of {@code POST /api/predict}: {@code {"image": "data:image/png;base64,..."}}
 * as the paper's page sends it, or {@code {"strokes": [[[x, y, t], ...], ...], "width": W,
 * "height": H, "penWidth": P}} as ours does.
 *
 * <p>Strokes are read token by token, straight into coordinate arrays, and every limit of {@link
 * StrokeLimits} is checked as soon as it can be, so an oversized drawing is refused before it is
 * all read. Anything that is not exactly the documented shape is a 400 that says what was wrong.
 */
final class DrawingJson {
    static final String SHAPES =
            "{\"image\": \"data:image/png;base64,...\"} or {\"strokes\": [[[x, y, t], ...], ...],"
                    + " \"width\": W, \"height\": H}";

    private static final JsonFactory FACTORY =
            JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder().maxNestingDepth(8).build())
                    .build();

    private String image;
    private List<Ink.Stroke> strokes;
    private Integer width;
    private Integer height;
    private Double penWidth;
    private int points;

    private DrawingJson() {}

    /** The drawing in {@code body}, or a {@link BadRequestException} saying what is wrong. */
    static Drawing read(byte[] body) {
        DrawingJson json = new DrawingJson();
        try (JsonParser parser = FACTORY.createParser(body)) {
            json.readObject(parser);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not valid JSON");
        } catch (IOException e) {
            throw new BadRequestException("the body cannot be read");
        }
        return json.drawing();
    }

    private void readObject(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw bad("expected a JSON object " + SHAPES);
        }
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!seen.add(name)) {
                throw bad("the field \"" + ImageUpload.printable(name) + "\" appears twice");
            }
            JsonToken value = parser.nextToken();
            switch (name) {
                case "image" -> image = readImage(parser, value);
                case "strokes" -> strokes = readStrokes(parser, value);
                case "width" -> width = readSide(parser, value, "width");
                case "height" -> height = readSide(parser, value, "height");
                case "penWidth" -> penWidth = readNumber(parser, value, "\"penWidth\"");
                // Fields of later versions, or a client's own, do no harm.
                default -> parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw bad("the body is not valid JSON");
        }
    }

    private Drawing drawing() {
        if (image != null && strokes != null) {
            throw bad("send \"image\" or \"strokes\", not both");
        }
        if (image != null) {
            return new Drawing.EncodedImage(ImageUpload.decodeDataUrl(image));
        }
        if (strokes == null) {
            throw bad("the JSON has neither \"image\" nor \"strokes\": send " + SHAPES);
        }
        if (width == null || height == null) {
            throw bad("strokes need the canvas size: \"width\" and \"height\" in pixels");
        }
        float pen = pen();
        for (int i = 0; i < strokes.size(); i++) {
            requireOnCanvas(strokes.get(i), i);
        }
        requireSweepWithinLimit(pen);
        return new Drawing.Strokes(new Ink(strokes, width, height, pen));
    }

    private static String readImage(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw bad("\"image\" must be a string: a data URL or base64 image data");
        }
        return parser.getText();
    }

    private List<Ink.Stroke> readStrokes(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw bad("\"strokes\" must be an array of strokes, each an array of [x, y, t] points");
        }
        List<Ink.Stroke> read = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (read.size() == StrokeLimits.MAX_STROKES) {
                throw bad(
                        "the drawing has more than "
                                + StrokeLimits.MAX_STROKES
                                + " strokes; send it as an image instead");
            }
            read.add(readStroke(parser, read.size()));
        }
        return read;
    }

    private Ink.Stroke readStroke(JsonParser parser, int index) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw bad("stroke " + index + " must be an array of [x, y, t] points");
        }
        float[] x = new float[16];
        float[] y = new float[16];
        double[] t = new double[16];
        int n = 0;
        boolean timed = false;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (++points > StrokeLimits.MAX_POINTS) {
                throw bad(
                        "the drawing has more than "
                                + StrokeLimits.MAX_POINTS
                                + " points; send it as an image instead");
            }
            String where = "point " + n + " of stroke " + index;
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw bad(where + " must be an array [x, y] or [x, y, t]");
            }
            if (n == x.length) {
                x = Arrays.copyOf(x, 2 * n);
                y = Arrays.copyOf(y, 2 * n);
                t = Arrays.copyOf(t, 2 * n);
            }
            x[n] = (float) readNumber(parser, parser.nextToken(), where + ": x");
            y[n] = (float) readNumber(parser, parser.nextToken(), where + ": y");
            JsonToken next = parser.nextToken();
            boolean hasTime = next != JsonToken.END_ARRAY;
            if (n > 0 && hasTime != timed) {
                throw bad("stroke " + index + " gives a time for some points but not for others");
            }
            timed = hasTime;
            if (hasTime) {
                t[n] = readNumber(parser, next, where + ": t");
                if (n > 0 && t[n] < t[n - 1]) {
                    throw bad(where + " is earlier than the point before it");
                }
                if (parser.nextToken() != JsonToken.END_ARRAY) {
                    throw bad(where + " has more than three numbers: expected [x, y] or [x, y, t]");
                }
            }
            n++;
        }
        if (n == 0) {
            throw bad("stroke " + index + " has no points");
        }
        return new Ink.Stroke(
                Arrays.copyOf(x, n),
                Arrays.copyOf(y, n),
                timed ? Arrays.copyOf(t, n) : new double[0]);
    }

    private static double readNumber(JsonParser parser, JsonToken value, String what)
            throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw bad(what + " must be a number");
        }
        double number = parser.getDoubleValue();
        if (!Double.isFinite(number)) {
            throw bad(what + " is out of range");
        }
        return number;
    }

    private static int readSide(JsonParser parser, JsonToken value, String name)
            throws IOException {
        double side = readNumber(parser, value, "\"" + name + "\"");
        if (side != Math.rint(side) || side < 1 || side > StrokeLimits.MAX_SIDE) {
            throw bad(
                    "\""
                            + name
                            + "\" must be a whole number of pixels from 1 to "
                            + StrokeLimits.MAX_SIDE);
        }
        return (int) side;
    }

    /** The pen the client named, or the page's pen scaled to this canvas. */
    private float pen() {
        int shorter = Math.min(width, height);
        if (penWidth == null) {
            return Ink.PAGE_PEN * shorter / 400f;
        }
        if (!(penWidth > 0) || penWidth > shorter / 2.0) {
            throw bad(
                    String.format(
                            Locale.ROOT,
                            "\"penWidth\" must be more than 0 and at most half the canvas's shorter"
                                    + " side (%s pixels)",
                            shorter / 2.0));
        }
        return penWidth.floatValue();
    }

    private void requireOnCanvas(Ink.Stroke stroke, int index) {
        int overshoot = StrokeLimits.MAX_OVERSHOOT;
        for (int i = 0; i < stroke.size(); i++) {
            float x = stroke.x()[i];
            float y = stroke.y()[i];
            if (x < -overshoot * width
                    || x > (overshoot + 1) * width
                    || y < -overshoot * height
                    || y > (overshoot + 1) * height) {
                throw bad(
                        "point "
                                + i
                                + " of stroke "
                                + index
                                + " lies more than "
                                + StrokeLimits.MAX_OVERSHOOT
                                + " canvas sizes off the "
                                + width
                                + "x"
                                + height
                                + " canvas");
            }
        }
    }

    private void requireSweepWithinLimit(float pen) {
        double swept = 0;
        for (Ink.Stroke stroke : strokes) {
            double length = 0;
            for (int i = 1; i < stroke.size(); i++) {
                length +=
                        Math.hypot(
                                stroke.x()[i] - stroke.x()[i - 1],
                                stroke.y()[i] - stroke.y()[i - 1]);
            }
            swept += (length + pen) * pen;
        }
        if (swept > StrokeLimits.MAX_SWEPT_PIXELS) {
            throw bad(
                    String.format(
                            Locale.ROOT,
                            "the strokes would paint %,.0f pixels of ink; the limit is %,.0f",
                            swept,
                            StrokeLimits.MAX_SWEPT_PIXELS));
        }
    }

    private static BadRequestException bad(String message) {
        return new BadRequestException(message);
    }
}
