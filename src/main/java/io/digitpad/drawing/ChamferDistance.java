package io.digitpad.drawing;

/**
 * Chamfer distance (Borgefors' 3-4 weights: a side step costs 3, a diagonal step 4) on a square
 * grid, in two raster passes. Whole numbers and approximate, unlike recognition's exact Euclidean
 * {@code DistanceTransform}: the skeleton's thresholds are tuned in these units, and a different
 * metric would move the drawings training and evaluation are made of.
 */
final class ChamferDistance {
    /** The cost of a step to a side neighbour: one pixel is 3 units. */
    static final int SIDE_STEP = 3;

    private static final int DIAGONAL_STEP = 4;

    private ChamferDistance() {}

    /**
     * Distance from each pixel of a {@code side} x {@code side} grid to the nearest {@code source}
     * pixel; {@code outside} is the distance assumed beyond the grid.
     */
    static int[] to(boolean[] source, int side, int outside) {
        int[] d = new int[source.length];
        for (int i = 0; i < source.length; i++) {
            d[i] = source[i] ? 0 : Integer.MAX_VALUE / 2;
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int i = y * side + x;
                d[i] = Math.min(d[i], at(d, side, x - 1, y, outside) + SIDE_STEP);
                d[i] = Math.min(d[i], at(d, side, x, y - 1, outside) + SIDE_STEP);
                d[i] = Math.min(d[i], at(d, side, x - 1, y - 1, outside) + DIAGONAL_STEP);
                d[i] = Math.min(d[i], at(d, side, x + 1, y - 1, outside) + DIAGONAL_STEP);
            }
        }
        for (int y = side - 1; y >= 0; y--) {
            for (int x = side - 1; x >= 0; x--) {
                int i = y * side + x;
                d[i] = Math.min(d[i], at(d, side, x + 1, y, outside) + SIDE_STEP);
                d[i] = Math.min(d[i], at(d, side, x, y + 1, outside) + SIDE_STEP);
                d[i] = Math.min(d[i], at(d, side, x + 1, y + 1, outside) + DIAGONAL_STEP);
                d[i] = Math.min(d[i], at(d, side, x - 1, y + 1, outside) + DIAGONAL_STEP);
            }
        }
        return d;
    }

    private static int at(int[] d, int side, int x, int y, int outside) {
        return x >= 0 && y >= 0 && x < side && y < side ? d[y * side + x] : outside;
    }
}
