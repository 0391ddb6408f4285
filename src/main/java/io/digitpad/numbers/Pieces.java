package io.digitpad.numbers;

import io.digitpad.recognition.Ink;
import io.digitpad.recognition.InkCrop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks a written number into {@link Piece}s, never fewer than it has digits: each stroke, or each
 * connected blot of an image; then any piece wide enough to hold two touching digits is cut where
 * the ink is thinnest. Which pieces make a digit is for {@link Segmentation} to decide.
 */
final class Pieces {
    /** Specks smaller than this share of the digit height on both sides are dust, not ink. */
    static final double SPECK = 0.12;

    /**
     * A blot wider than this share of the digit height may be digits that touch. Cutting a single
     * wide digit costs little: the cut pieces are candidates, and the whole one is too.
     */
    static final double TOUCHING_WIDTH = 0.7;

    /** Cuts stay this share of the digit height away from a piece's edges and from each other. */
    static final double CUT_SPACING = 0.2;

    /** At most one cut per this share of the digit height of a blot's width. */
    static final double CUT_EVERY = 0.25;

    private Pieces() {}

    /**
     * Each stroke painted alone, as the canvas paints it, {@code scale} times as large (a smaller
     * canvas paints faster, and digits are read at 20x20 pixels anyway).
     */
    static List<Piece> ofStrokes(Ink ink, double scale) {
        float pen = (float) (ink.penWidth() * scale);
        int margin = (int) Math.ceil(pen / 2) + 2;
        List<Piece> pieces = new ArrayList<>(ink.strokes().size());
        for (Ink.Stroke stroke : ink.strokes()) {
            float[] x = stroke.x().clone();
            float[] y = stroke.y().clone();
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (int i = 0; i < x.length; i++) {
                x[i] *= scale;
                y[i] *= scale;
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            }
            // Painted on a canvas just large enough for it, at its place on the real one.
            int left = (int) Math.floor(minX) - margin;
            int top = (int) Math.floor(minY) - margin;
            int width = (int) Math.ceil(maxX) + margin - left + 1;
            int height = (int) Math.ceil(maxY) + margin - top + 1;
            for (int i = 0; i < x.length; i++) {
                x[i] -= left;
                y[i] -= top;
            }
            Ink alone = new Ink(List.of(Ink.Stroke.of(x, y)), width, height, pen);
            InkCrop crop = InkCrop.of(alone.render());
            if (!crop.isEmpty()) {
                pieces.add(
                        new Piece(
                                left + crop.left(),
                                top + crop.top(),
                                crop.width(),
                                crop.height(),
                                crop.ink(),
                                pieces.size(),
                                1));
            }
        }
        return pieces;
    }

    /** The digit height of writing in strokes, from the strokes' extents and the pen. */
    static double digitHeight(Ink ink) {
        int[] heights = new int[ink.strokes().size()];
        for (int s = 0; s < heights.length; s++) {
            Ink.Stroke stroke = ink.strokes().get(s);
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (int i = 0; i < stroke.size(); i++) {
                min = Math.min(min, stroke.y()[i]);
                max = Math.max(max, stroke.y()[i]);
            }
            heights[s] = (int) Math.ceil(max - min + ink.penWidth());
        }
        return quantile(heights);
    }

    /** The connected blots of ink (8-connected), each on its own box. */
    static List<Piece> ofImage(InkCrop crop) {
        int w = crop.width();
        int h = crop.height();
        float[] ink = crop.ink();
        int[] label = new int[w * h];
        int[] queue = new int[w * h];
        List<Piece> pieces = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < ink.length; start++) {
            if (ink[start] == 0 || label[start] != 0) {
                continue;
            }
            next++;
            int size = 0;
            queue[size++] = start;
            label[start] = next;
            int left = w;
            int top = h;
            int right = 0;
            int bottom = 0;
            for (int head = 0; head < size; head++) {
                int at = queue[head];
                int x = at % w;
                int y = at / w;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && nx < w && ny >= 0 && ny < h) {
                            int n = ny * w + nx;
                            if (ink[n] != 0 && label[n] == 0) {
                                label[n] = next;
                                queue[size++] = n;
                            }
                        }
                    }
                }
            }
            int pw = right + 1 - left;
            float[] own = new float[pw * (bottom + 1 - top)];
            for (int i = 0; i < size; i++) {
                int x = queue[i] % w;
                int y = queue[i] / w;
                own[(y - top) * pw + x - left] = ink[queue[i]];
            }
            pieces.add(
                    new Piece(
                            crop.left() + left,
                            crop.top() + top,
                            pw,
                            bottom + 1 - top,
                            own,
                            pieces.size(),
                            0));
        }
        return pieces;
    }

    /**
     * The height of a digit in this writing: most pieces are whole digits or their full-height
     * strokes, while bars, flags and dust are short, so a high quantile of the pieces' heights.
     */
    static double digitHeight(List<Piece> pieces) {
        return quantile(pieces.stream().mapToInt(Piece::height).toArray());
    }

    private static double quantile(int[] heights) {
        int[] sorted = heights.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.75 * (sorted.length - 1))];
    }

    /** The pieces without dust: specks far smaller than a digit in both directions. */
    static List<Piece> withoutDust(List<Piece> pieces, double digitHeight) {
        double speck = SPECK * digitHeight;
        List<Piece> kept = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            if (piece.width() >= speck || piece.height() >= speck) {
                kept.add(piece);
            }
        }
        return kept.isEmpty() ? pieces : kept;
    }

    /**
     * The pieces with each one that lies inside another's box joined to it: the slash of a slashed
     * zero, the bar inside a 4. Side by side, digits overlap at their edges, not whole.
     */
    static List<Piece> withInsidesJoined(List<Piece> pieces) {
        List<Piece> joined = new ArrayList<>(pieces);
        boolean changed = true;
        while (changed) {
            changed = false;
            search:
            for (int i = 0; i < joined.size(); i++) {
                for (int j = 0; j < joined.size(); j++) {
                    if (i != j && inside(joined.get(j), joined.get(i))) {
                        Piece whole = Piece.union(List.of(joined.get(i), joined.get(j)));
                        joined.set(i, whole);
                        joined.remove(j);
                        changed = true;
                        break search;
                    }
                }
            }
        }
        return joined;
    }

    /** Whether nearly all of {@code inner}'s box lies within {@code outer}'s, and it is smaller. */
    private static boolean inside(Piece inner, Piece outer) {
        long innerArea = (long) inner.width() * inner.height();
        if (innerArea > (long) outer.width() * outer.height()) {
            return false;
        }
        int w = Math.min(inner.right(), outer.right()) - Math.max(inner.left(), outer.left());
        int h = Math.min(inner.bottom(), outer.bottom()) - Math.max(inner.top(), outer.top());
        return w > 0 && h > 0 && (long) w * h >= 0.9 * innerArea;
    }

    /** Every piece wide enough to be touching digits, cut at the thinnest columns of its ink. */
    static List<Piece> cutTouching(List<Piece> pieces, double digitHeight) {
        List<Piece> cut = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            if (piece.width() <= TOUCHING_WIDTH * digitHeight) {
                cut.add(piece);
            } else {
                cut.addAll(cut(piece, cuts(piece, digitHeight)));
            }
        }
        return cut;
    }

    /**
     * Where to cut: the columns of least ink, each a local minimum of the column sums, at least
     * {@link #CUT_SPACING} digit heights from the edges and from each other, at most one per {@link
     * #CUT_EVERY} digit heights of width.
     */
    static int[] cuts(Piece piece, double digitHeight) {
        int w = piece.width();
        float[] column = new float[w];
        for (int y = 0; y < piece.height(); y++) {
            for (int x = 0; x < w; x++) {
                column[x] += piece.ink()[y * w + x];
            }
        }
        int spacing = Math.max(1, (int) Math.round(CUT_SPACING * digitHeight));
        Integer[] order = new Integer[w];
        for (int x = 0; x < w; x++) {
            order[x] = x;
        }
        Arrays.sort(order, (a, b) -> Float.compare(column[a], column[b]));
        int most = Math.max(1, (int) Math.floor(w / (CUT_EVERY * digitHeight)) - 1);
        List<Integer> chosen = new ArrayList<>();
        for (int x : order) {
            if (chosen.size() == most) {
                break;
            }
            boolean minimum =
                    (x == 0 || column[x] <= column[x - 1])
                            && (x == w - 1 || column[x] <= column[x + 1]);
            if (!minimum || x < spacing || x > w - spacing) {
                continue;
            }
            if (chosen.stream().allMatch(c -> Math.abs(c - x) >= spacing)) {
                chosen.add(x);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** {@code piece} cut at the given columns, each part cropped to its own ink. */
    private static List<Piece> cut(Piece piece, int[] columns) {
        List<Piece> parts = new ArrayList<>(columns.length + 1);
        int from = 0;
        for (int i = 0; i <= columns.length; i++) {
            int to = i < columns.length ? columns[i] : piece.width();
            Piece part = cropped(piece, from, to);
            if (part != null) {
                parts.add(part);
            }
            from = to;
        }
        return parts;
    }

    /** Columns {@code from} to {@code to} of {@code piece}, cropped to their ink; null if none. */
    private static Piece cropped(Piece piece, int from, int to) {
        int w = piece.width();
        int top = piece.height();
        int bottom = -1;
        int left = to;
        int right = from - 1;
        for (int y = 0; y < piece.height(); y++) {
            for (int x = from; x < to; x++) {
                if (piece.ink()[y * w + x] != 0) {
                    top = Math.min(top, y);
                    bottom = y;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        if (bottom < 0) {
            return null;
        }
        int pw = right + 1 - left;
        int ph = bottom + 1 - top;
        float[] ink = new float[pw * ph];
        for (int y = 0; y < ph; y++) {
            System.arraycopy(piece.ink(), (top + y) * w + left, ink, y * pw, pw);
        }
        return new Piece(
                piece.left() + left, piece.top() + top, pw, ph, ink, piece.blot(), piece.strokes());
    }
}
