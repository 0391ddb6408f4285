package io.digitpad.drawing;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Capital letters that do not look like digits, as pen strokes in a unit box (y down). Left out
 * because they pass for digits: O and C (0), I and L (1), Z (2), Y (4), S (5), G (6), T and V (7),
 * B (8), P and Q (9).
 */
final class Letters {
    private static final Map<Character, List<Polyline>> STROKES =
            Map.of(
                    'A',
                    List.of(Polyline.of(0, 1, 0.5, 0, 1, 1), Polyline.of(0.22, 0.6, 0.78, 0.6)),
                    'E',
                    List.of(
                            Polyline.of(0.8, 0, 0, 0, 0, 1, 0.8, 1),
                            Polyline.of(0, 0.5, 0.65, 0.5)),
                    'F',
                    List.of(Polyline.of(0.8, 0, 0, 0, 0, 1), Polyline.of(0, 0.48, 0.6, 0.48)),
                    'H',
                    List.of(
                            Polyline.of(0, 0, 0, 1),
                            Polyline.of(0.8, 0, 0.8, 1),
                            Polyline.of(0, 0.5, 0.8, 0.5)),
                    'K',
                    List.of(
                            Polyline.of(0, 0, 0, 1),
                            Polyline.of(0.75, 0, 0, 0.6),
                            Polyline.of(0.25, 0.42, 0.8, 1)),
                    'M',
                    List.of(Polyline.of(0, 1, 0.05, 0, 0.5, 0.65, 0.95, 0, 1, 1)),
                    'N',
                    List.of(Polyline.of(0, 1, 0, 0, 0.8, 1, 0.8, 0)),
                    'R',
                    List.of(
                            Polyline.of(
                                    0, 1, 0, 0, 0.45, 0, 0.62, 0.08, 0.68, 0.24, 0.6, 0.4, 0.42,
                                    0.48, 0, 0.48),
                            Polyline.of(0.3, 0.48, 0.75, 1)),
                    'W',
                    List.of(Polyline.of(0, 0, 0.25, 1, 0.5, 0.35, 0.75, 1, 1, 0)),
                    'X',
                    List.of(Polyline.of(0, 0, 0.8, 1), Polyline.of(0.8, 0, 0, 1)));

    /** In a fixed order: a map's own order could differ between runs and break the seeding. */
    private static final List<Character> NAMES = STROKES.keySet().stream().sorted().toList();

    private Letters() {}

    /** The strokes of a letter picked by {@code random}. */
    static List<Polyline> any(SplittableRandom random) {
        return STROKES.get(NAMES.get(random.nextInt(NAMES.size())));
    }
}
