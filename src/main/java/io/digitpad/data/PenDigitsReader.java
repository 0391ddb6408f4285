package io.digitpad.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pen digits in the UNIPEN form of the UCI pen-digit files (raw or gzip-compressed), and
 * checks the structure it promises.
 *
 * <p>A digit is a {@code .SEGMENT DIGIT <n> ? "<digit>"} line, a {@code .COMMENT <digit> <writer>
 * <n>} line naming its writer, then strokes: {@code .PEN_DOWN}, one {@code x y} line per point,
 * {@code .PEN_UP}. Header keywords ({@code .INCLUDE}, {@code .LEXICON}, {@code .HIERARCHY}) and the
 * pause between strokes ({@code .DT}) carry nothing digitpad uses. Anything else is reported with
 * its line number.
 */
public final class PenDigitsReader {
    private static final Pattern SEGMENT =
            Pattern.compile("\\.SEGMENT\\s+DIGIT\\s+\\S+\\s+\\S+\\s+\"(.*)\"\\s*");
    private static final Pattern COMMENT =
            Pattern.compile("\\.COMMENT\\s+(\\d+)\\s+(\\d+)(\\s+\\d+)?\\s*");
    private static final Pattern POINT = Pattern.compile("\\s*(-?\\d+)\\s+(-?\\d+)\\s*");
    private static final List<String> IGNORED =
            List.of(".INCLUDE", ".LEXICON", ".HIERARCHY", ".DT");

    private final String source;
    private final List<PenDigit> digits = new ArrayList<>();
    private int lineNumber;
    private int label = -1;
    private int writer = -1;
    private List<PenDigit.Stroke> strokes;
    private IntList xs;
    private IntList ys;

    private PenDigitsReader(String source) {
        this.source = source;
    }

    /** Reads {@code file}. */
    public static PenDigits read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": no such file");
        } catch (IOException e) {
            throw new DataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads the digits in {@code in}, gzip-compressed or not; {@code source} names it in messages.
     */
    static PenDigits read(InputStream in, String source) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(
                                MnistIdxReader.decompressed(buffered),
                                StandardCharsets.US_ASCII))) {
            PenDigitsReader reader = new PenDigitsReader(source);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                reader.lineNumber++;
                reader.accept(line);
            }
            return reader.finish();
        }
    }

    private void accept(String line) {
        if (line.isBlank()) {
            return;
        }
        if (!line.startsWith(".")) {
            point(line);
        } else if (line.startsWith(".SEGMENT")) {
            segment(line);
        } else if (line.startsWith(".COMMENT")) {
            comment(line);
        } else if (line.startsWith(".PEN_DOWN")) {
            penDown();
        } else if (line.startsWith(".PEN_UP")) {
            penUp();
        } else if (IGNORED.stream().noneMatch(line::startsWith)) {
            throw fault("unexpected line '" + shorten(line) + "'");
        }
    }

    private void segment(String line) {
        endDigit();
        Matcher m = SEGMENT.matcher(line);
        if (!m.matches()) {
            throw fault("a .SEGMENT line that does not name a digit: '" + shorten(line) + "'");
        }
        String name = m.group(1);
        if (name.length() != 1 || name.charAt(0) < '0' || name.charAt(0) > '9') {
            throw fault("the label '" + shorten(name) + "' is not a digit 0-9");
        }
        label = name.charAt(0) - '0';
        writer = -1;
        strokes = new ArrayList<>();
    }

    private void comment(String line) {
        Matcher m = COMMENT.matcher(line);
        if (strokes == null || !m.matches()) {
            throw fault("a .COMMENT line that is not '<digit> <writer> <n>' after a .SEGMENT");
        }
        if (Integer.parseInt(m.group(1)) != label) {
            throw fault("the comment says digit " + m.group(1) + ", the segment " + label);
        }
        writer = Integer.parseInt(m.group(2));
    }

    private void penDown() {
        if (strokes == null) {
            throw fault(".PEN_DOWN before any .SEGMENT");
        }
        if (xs != null) {
            throw fault(".PEN_DOWN inside a stroke (no .PEN_UP before it)");
        }
        xs = new IntList();
        ys = new IntList();
    }

    private void point(String line) {
        if (xs == null) {
            throw fault("a point outside a stroke (no .PEN_DOWN before it)");
        }
        Matcher m = POINT.matcher(line);
        if (!m.matches()) {
            throw fault("'" + shorten(line) + "' is not a point 'x y'");
        }
        xs.add(Integer.parseInt(m.group(1)));
        ys.add(Integer.parseInt(m.group(2)));
    }

    private void penUp() {
        if (xs == null) {
            throw fault(".PEN_UP without a .PEN_DOWN");
        }
        if (xs.size() == 0) {
            throw fault("a stroke without points");
        }
        strokes.add(new PenDigit.Stroke(xs.toArray(), ys.toArray()));
        xs = null;
        ys = null;
    }

    private void endDigit() {
        if (strokes == null) {
            return;
        }
        if (xs != null) {
            throw fault("the digit ends inside a stroke (no .PEN_UP)");
        }
        if (writer < 0) {
            throw fault("the digit before this line has no .COMMENT naming its writer");
        }
        if (strokes.isEmpty()) {
            throw fault("the digit before this line has no strokes");
        }
        digits.add(new PenDigit(label, writer, strokes));
        strokes = null;
    }

    private PenDigits finish() {
        lineNumber++;
        endDigit();
        if (digits.isEmpty()) {
            throw new DataException(source + ": holds no pen digits (no .SEGMENT DIGIT line)");
        }
        return new PenDigits(digits);
    }

    private DataException fault(String what) {
        return new DataException(source + ", line " + lineNumber + ": " + what);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text.strip() : text.substring(0, 40).strip() + "...";
    }

    /** A growable int array: a stroke has hundreds of points, boxing each would be waste. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
