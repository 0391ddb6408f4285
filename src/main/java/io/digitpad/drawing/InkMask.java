package io.digitpad.drawing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A square black-and-white raster (true = ink) with the clean-up and measures thinning needs. */
final class InkMask {
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
     * {@link ChamferDistance} from each ink pixel to the nearest background pixel, the grid's
     * outside included.
     */
    int[] depth() {
        boolean[] background = new boolean[ink.length];
        for (int i = 0; i < ink.length; i++) {
            background[i] = !ink[i];
        }
        return ChamferDistance.to(background, side, 0);
    }

    /** {@link ChamferDistance} from each pixel to the nearest ink pixel. */
    int[] distance() {
        return ChamferDistance.to(ink, side, Integer.MAX_VALUE / 2);
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
