package io.digitpad.numbers;

import io.digitpad.recognition.Resampler;
import java.util.List;

/**
 * A piece of a written number that is part of one digit or all of it: a connected blot of ink, one
 * stroke, or part of a blot cut apart where two digits touch. Its ink is kept on its own box, so
 * pieces that share a box (a 7's bar over the next digit) do not take each other's ink.
 *
 * @param left where the box starts on the canvas, in pixels
 * @param top where the box starts on the canvas, in pixels
 * @param width box width in pixels
 * @param height box height in pixels
 * @param ink row-major ink of the box, 0-1; zero where the ink is another piece's
 * @param blot which stroke or blot of ink it is, or was cut from: pieces of one blot share it
 * @param strokes how many pen strokes it holds; 0 for ink from an image, whose strokes are unknown
 */
record Piece(int left, int top, int width, int height, float[] ink, int blot, int strokes) {
    int right() {
        return left + width;
    }

    int bottom() {
        return top + height;
    }

    double centreX() {
        return left + width / 2.0;
    }

    /** This piece {@code scale} times as large, on a canvas {@code scale} times as large. */
    Piece scaled(double scale) {
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        return new Piece(
                (int) Math.round(left * scale),
                (int) Math.round(top * scale),
                w,
                h,
                Resampler.resize(ink, width, height, w, h),
                blot,
                strokes);
    }

    /** The pieces as one: their ink on the box around them all, where two overlap the stronger. */
    static Piece union(List<Piece> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        int strokes = 0;
        for (Piece piece : pieces) {
            strokes += piece.strokes;
            left = Math.min(left, piece.left);
            top = Math.min(top, piece.top);
            right = Math.max(right, piece.right());
            bottom = Math.max(bottom, piece.bottom());
        }
        int width = right - left;
        float[] ink = new float[width * (bottom - top)];
        for (Piece piece : pieces) {
            for (int y = 0; y < piece.height; y++) {
                int from = y * piece.width;
                int to = (piece.top - top + y) * width + piece.left - left;
                for (int x = 0; x < piece.width; x++) {
                    ink[to + x] = Math.max(ink[to + x], piece.ink[from + x]);
                }
            }
        }
        return new Piece(left, top, width, bottom - top, ink, pieces.get(0).blot, strokes);
    }
}
