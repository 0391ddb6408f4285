package io.digitpad.drawing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A square black-and-white raster (true = ink) with the clean-up and measures thinning needs. */
final class InkMask {
    /** Chamfer distance weights (Borgefors' 3-4): a side step costs 3, a diagonal step 4. */
    static final int SIDE_STEP = 3;

    private static final int DIAGONAL_STEP = 4;

    private final boolean[] ink;
    private final int side;

    private InkMask(boolean[] ink, int side) {
        this.ink = ink;
        this.side = side;
    }

    /**
     * Pixels of {@code grey} (row-major, {@code side} x {@code side}) at or above {@code level}.
     */
    static InkMask threshold(float[] grey, int side, int level) {
        boolean[] ink = new boolean[grey.length];
        for (int i = 0; i < grey.length; i++) {
            ink[i] = grey[i] >= level;
        }
        return new InkMask(ink, side);
    }

    int side() {
        return side;
    }

    /** The raster itself, row-major; callers must not change it. */
    boolean[] pixels() {
        return ink;
    }

    int count() {
        int n = 0;
        for (boolean b : ink) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** A one-pixel-wide copy (Zhang-Suen). */
    InkMask thinned() {
        boolean[] thin = ink.clone();
        Thinning.thin(thin, side, side);
        return new InkMask(thin, side);
    }

    /** Fills enclosed background pockets of at most {@code maxPixels}. */
    InkMask fillPinholes(int maxPixels) {
        boolean[] background = new boolean[ink.length];
        for (int i = 0; i < ink.length; i++) {
            background[i] = !ink[i];
        }
        boolean[] seen = new boolean[ink.length];
        for (int i = 0; i < ink.length; i++) {
            if (background[i] && !seen[i]) {
                List<Integer> pocket = region(background, i, seen);
                if (pocket.size() <= maxPixels && !touchesBorder(pocket)) {
                    pocket.forEach(p -> ink[p] = true);
                }
            }
        }
        return this;
    }

    /** Removes ink pieces smaller than {@code fraction} of the largest piece. */
    InkMask removeSpecks(double fraction) {
        boolean[] seen = new boolean[ink.length];
        List<List<Integer>> pieces = new ArrayList<>();
        int largest = 0;
        for (int i = 0; i < ink.length; i++) {
            if (ink[i] && !seen[i]) {
                List<Integer> piece = region(ink, i, seen);
                pieces.add(piece);
                largest = Math.max(largest, piece.size());
            }
        }
        for (List<Integer> piece : pieces) {
            if (piece.size() < fraction * largest) {
                piece.forEach(p -> ink[p] = false);
            }
        }
        return this;
    }

    /**
     * Chamfer distance from each ink pixel to the nearest background pixel, the grid's outside
     * included.
     */
    int[] depth() {
        boolean[] background = new boolean[ink.length];
        for (int i = 0; i < ink.length; i++) {
            background[i] = !ink[i];
        }
        return distanceTo(background, 0);
    }

    /** Chamfer distance from each pixel to the nearest ink pixel. */
    int[] distance() {
        return distanceTo(ink, Integer.MAX_VALUE / 2);
    }

    /** The two-pass chamfer transform; {@code outside} is the distance assumed beyond the grid. */
    private int[] distanceTo(boolean[] source, int outside) {
        int[] d = new int[source.length];
        for (int i = 0; i < source.length; i++) {
            d[i] = source[i] ? 0 : Integer.MAX_VALUE / 2;
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int i = y * side + x;
                d[i] = Math.min(d[i], at(d, x - 1, y, outside) + SIDE_STEP);
                d[i] = Math.min(d[i], at(d, x, y - 1, outside) + SIDE_STEP);
                d[i] = Math.min(d[i], at(d, x - 1, y - 1, outside) + DIAGONAL_STEP);
                d[i] = Math.min(d[i], at(d, x + 1, y - 1, outside) + DIAGONAL_STEP);
            }
        }
        for (int y = side - 1; y >= 0; y--) {
            for (int x = side - 1; x >= 0; x--) {
                int i = y * side + x;
                d[i] = Math.min(d[i], at(d, x + 1, y, outside) + SIDE_STEP);
                d[i] = Math.min(d[i], at(d, x, y + 1, outside) + SIDE_STEP);
                d[i] = Math.min(d[i], at(d, x + 1, y + 1, outside) + DIAGONAL_STEP);
                d[i] = Math.min(d[i], at(d, x - 1, y + 1, outside) + DIAGONAL_STEP);
            }
        }
        return d;
    }

    private int at(int[] d, int x, int y, int outside) {
        return x >= 0 && y >= 0 && x < side && y < side ? d[y * side + x] : outside;
    }

    /** The 4-connected region of {@code mask} around {@code start}, marking it in {@code seen}. */
    private List<Integer> region(boolean[] mask, int start, boolean[] seen) {
        List<Integer> region = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(start);
        seen[start] = true;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!todo.isEmpty()) {
            int p = todo.pop();
            region.add(p);
            for (int[] step : steps) {
                int x = p % side + step[0];
                int y = p / side + step[1];
                int n = y * side + x;
                if (x >= 0 && y >= 0 && x < side && y < side && mask[n] && !seen[n]) {
                    seen[n] = true;
                    todo.push(n);
                }
            }
        }
        return region;
    }

    private boolean touchesBorder(List<Integer> region) {
        for (int p : region) {
            int x = p % side;
            int y = p / side;
            if (x == 0 || y == 0 || x == side - 1 || y == side - 1) {
                return true;
            }
        }
        return false;
    }
}
