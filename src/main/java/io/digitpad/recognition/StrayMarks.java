package io.digitpad.recognition;

import java.util.Arrays;

/**
 * Finds ink that is not part of the digit: a tap or a dot left on the canvas well away from the
 * strokes. Left in, it widens the ink's box, and the digit is shrunk and pushed aside.
 */
final class StrayMarks {
    /** Cells across the coarse grid the ink is grouped on: fine enough to keep strokes apart. */
    private static final int GRID = 100;

    /**
     * A cell holds ink when some pixel in it is at least this strong (not anti-aliasing fringe).
     */
    private static final float STRONG = 0.5f;

    /** A stray mark is at most this share of the ink... */
    private static final double SMALL = 0.10;

    /**
     * ...or, when it is a round dot, this share: a pen-sized tap beside a thin 1 can be a sixth of
     * the ink, while a 5's separately drawn bar of that share is a dash, not a dot.
     */
    private static final double DOT = 0.25;

    /**
     * ...and at least this far from the largest piece of ink, as a fraction of that piece's longer
     * side: a 5's separately drawn bar or a 4's separate stem sits close to the rest.
     */
    private static final double FAR = 0.25;

    private StrayMarks() {}

    /** The ink with stray marks erased, or {@code ink} itself when it has none. */
    static float[] erase(float[] ink, int w, int h) {
        int cell = Math.max(1, (Math.max(w, h) + GRID - 1) / GRID);
        int gw = (w + cell - 1) / cell;
        int gh = (h + cell - 1) / cell;
        boolean[] strong = new boolean[gw * gh];
        int[] column = new int[w]; // each pixel column's cell: no division per pixel
        for (int x = 0; x < w; x++) {
            column[x] = x / cell;
        }
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int gridRow = (y / cell) * gw;
            for (int x = 0; x < w; x++) {
                if (ink[row + x] >= STRONG) {
                    strong[gridRow + column[x]] = true;
                }
            }
        }
        Pieces pieces = Pieces.of(strong, gw, gh);
        if (pieces.count() < 2) {
            return ink;
        }
        int main = pieces.largest();
        int[] mainBox = pieces.box(main);
        double reach = FAR * Math.max(mainBox[2] - mainBox[0], mainBox[3] - mainBox[1]);
        boolean[] stray = new boolean[pieces.count()];
        boolean any = false;
        double[] fromMain = null;
        for (int p = 0; p < pieces.count(); p++) {
            double share = (double) pieces.size(p) / pieces.total();
            if (p != main && (share <= SMALL || share <= DOT && pieces.isDot(p))) {
                if (fromMain == null) {
                    fromMain = pieces.squaredDistanceTo(main, gw, gh);
                }
                if (gap(pieces, p, fromMain) >= reach) {
                    stray[p] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return ink;
        }
        float[] kept = ink.clone();
        // Erase every pixel within a cell of a stray mark, its faint fringe included.
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (nearStray(pieces, stray, x / cell, y / cell, gw, gh)) {
                    kept[y * w + x] = 0;
                }
            }
        }
        return kept;
    }

    private static boolean nearStray(
            Pieces pieces, boolean[] stray, int gx, int gy, int gw, int gh) {
        for (int y = Math.max(0, gy - 1); y <= Math.min(gh - 1, gy + 1); y++) {
            for (int x = Math.max(0, gx - 1); x <= Math.min(gw - 1, gx + 1); x++) {
                int p = pieces.at(y * gw + x);
                if (p >= 0 && stray[p]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Empty cells between piece {@code p} and the nearest ink of the largest piece, 0 when they
     * touch. Measured from ink to ink, not between boxes: a tap inside the box of a 7 or a 4, in
     * the blank beside its strokes, is as stray as one outside.
     */
    private static double gap(Pieces pieces, int p, double[] squaredFromMain) {
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < squaredFromMain.length; i++) {
            if (pieces.at(i) == p) {
                nearest = Math.min(nearest, squaredFromMain[i]);
            }
        }
        return Math.max(0, Math.sqrt(nearest) - 1);
    }

    /** The 8-connected pieces of a grid of cells. */
    private record Pieces(int[] label, int[] sizes, int[][] boxes, int count, int total) {
        /** Whether piece {@code p} is a round dot: about as wide as tall, and filling its box. */
        boolean isDot(int p) {
            int[] box = boxes[p];
            int w = box[2] - box[0] + 1;
            int h = box[3] - box[1] + 1;
            // A disc fills 79% of its box; a dash fills more but is longer one way.
            return Math.max(w, h) <= 1.5 * Math.min(w, h) && sizes[p] >= 0.6 * w * h;
        }

        /** Squared distance from every cell to the nearest cell of piece {@code p}. */
        double[] squaredDistanceTo(int p, int w, int h) {
            boolean[] cells = new boolean[label.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = label[i] == p;
            }
            return DistanceTransform.of(cells, w, h, true);
        }

        static Pieces of(boolean[] cells, int w, int h) {
            int[] label = new int[cells.length];
            Arrays.fill(label, -1);
            int[] queue = new int[cells.length];
            int[] sizes = new int[cells.length];
            int[][] boxes = new int[cells.length][];
            int count = 0;
            int total = 0;
            for (int start = 0; start < cells.length; start++) {
                if (!cells[start] || label[start] >= 0) {
                    continue;
                }
                int[] box = {w, h, -1, -1};
                int head = 0;
                int tail = 0;
                queue[tail++] = start;
                label[start] = count;
                while (head < tail) {
                    int i = queue[head++];
                    int x = i % w;
                    int y = i / w;
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                    for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
                        for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
                            int n = ny * w + nx;
                            if (cells[n] && label[n] < 0) {
                                label[n] = count;
                                queue[tail++] = n;
                            }
                        }
                    }
                }
                sizes[count] = tail;
                boxes[count] = box;
                total += tail;
                count++;
            }
            return new Pieces(label, sizes, boxes, count, total);
        }

        int at(int cell) {
            return label[cell];
        }

        int size(int piece) {
            return sizes[piece];
        }

        int[] box(int piece) {
            return boxes[piece];
        }

        int largest() {
            int best = 0;
            for (int p = 1; p < count; p++) {
                if (sizes[p] > sizes[best]) {
                    best = p;
                }
            }
            return best;
        }
    }
}
