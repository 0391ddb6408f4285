package io.digitpad.drawing;

import java.util.SplittableRandom;

/**
 * Random streams keyed by (seed, item), so an item's drawing does not depend on the items before
 * it.
 */
final class Seeds {
    /**
     * An odd constant (2^64 / golden ratio): multiplying by it is a bijection that spreads seeds
     * apart.
     */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    static SplittableRandom random(long seed, int item) {
        return new SplittableRandom(seed * GOLDEN + item);
    }
}
