package io.digitpad.training;

import java.util.Random;

/** Seeded permutations of the training set, one per epoch. */
final class Shuffle {
    private Shuffle() {}

    /**
     * The order in which epoch {@code epoch} visits {@code size} images. It depends only on (seed,
     * epoch), so a resumed run sees exactly the data order of an uninterrupted one.
     */
    static int[] order(int size, long seed, int epoch) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Random random = new Random(seed * 1_000_003L + epoch);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
