package io.digitpad.drawing;

/**
 * Zhang-Suen thinning: peels a binary shape down to lines one pixel wide that keep its topology (T.
 * Y. Zhang and C. Y. Suen, "A fast parallel algorithm for thinning digital patterns", CACM 27(3),
 * 1984).
 */
final class Thinning {
    private Thinning() {}

    /**
     * Thins {@code ink} (row-major, true = ink) in place; pixels outside the grid count as
     * background.
     */
    static void thin(boolean[] ink, int width, int height) {
        boolean changed = true;
        while (changed) {
            changed = subIteration(ink, width, height, true);
            changed |= subIteration(ink, width, height, false);
        }
    }

    /**
     * One of the paper's two passes: the first removes south-east boundary points, the second
     * north-west ones.
     */
    private static boolean subIteration(boolean[] ink, int width, int height, boolean first) {
        boolean[] remove = new boolean[ink.length];
        boolean any = false;
        int[] p = new int[9];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!ink[y * width + x]) {
                    continue;
                }
                // p[1..8] = P2..P9 in the paper: north, then clockwise.
                p[1] = at(ink, width, height, x, y - 1);
                p[2] = at(ink, width, height, x + 1, y - 1);
                p[3] = at(ink, width, height, x + 1, y);
                p[4] = at(ink, width, height, x + 1, y + 1);
                p[5] = at(ink, width, height, x, y + 1);
                p[6] = at(ink, width, height, x - 1, y + 1);
                p[7] = at(ink, width, height, x - 1, y);
                p[8] = at(ink, width, height, x - 1, y - 1);
                int neighbours = 0;
                int transitions = 0;
                for (int i = 1; i <= 8; i++) {
                    neighbours += p[i];
                    if (p[i] == 0 && p[i % 8 + 1] == 1) {
                        transitions++;
                    }
                }
                boolean corner =
                        first
                                ? p[1] * p[3] * p[5] == 0 && p[3] * p[5] * p[7] == 0
                                : p[1] * p[3] * p[7] == 0 && p[1] * p[5] * p[7] == 0;
                if (neighbours >= 2 && neighbours <= 6 && transitions == 1 && corner) {
                    remove[y * width + x] = true;
                    any = true;
                }
            }
        }
        for (int i = 0; i < ink.length; i++) {
            if (remove[i]) {
                ink[i] = false;
            }
        }
        return any;
    }

    private static int at(boolean[] ink, int width, int height, int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x] ? 1 : 0;
    }
}
