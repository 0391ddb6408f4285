package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkeletonTracerTest {
    private static final int SIDE = 40;

    @Test
    void a_ring_is_one_closed_stroke() {
        boolean[] ink = new boolean[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double r = Math.hypot(x - 20, y - 20);
                ink[y * SIDE + x] = r >= 10 && r <= 14;
            }
        }
        Thinning.thin(ink, SIDE, SIDE);

        List<Polyline> strokes = SkeletonTracer.trace(ink, SIDE, SIDE, 4);

        assertThat(strokes).hasSize(1);
        List<Point2D> points = strokes.get(0).points();
        assertThat(points.get(0)).isEqualTo(points.get(points.size() - 1));
        assertThat(points).allMatch(p -> Math.abs(p.distance(20.5, 20.5) - 12) < 2);
    }

    @Test
    void a_plus_sign_is_four_strokes_meeting_at_its_centre() {
        boolean[] ink = new boolean[SIDE * SIDE];
        for (int i = 5; i < 35; i++) {
            ink[20 * SIDE + i] = true;
            ink[i * SIDE + 20] = true;
        }

        List<Polyline> strokes = SkeletonTracer.trace(ink, SIDE, SIDE, 4);

        assertThat(strokes).hasSize(4);
        Point2D centre = new Point2D.Double(20.5, 20.5);
        for (Polyline stroke : strokes) {
            List<Point2D> points = stroke.points();
            assertThat(List.of(points.get(0), points.get(points.size() - 1))).contains(centre);
        }
    }

    @Test
    void a_short_spur_is_pruned_and_a_long_branch_kept() {
        boolean[] ink = new boolean[SIDE * SIDE];
        for (int x = 5; x < 35; x++) {
            ink[20 * SIDE + x] = true;
        }
        for (int y = 17; y < 20; y++) {
            ink[y * SIDE + 10] = true;
        }
        for (int y = 21; y < 35; y++) {
            ink[y * SIDE + 25] = true;
        }

        List<Polyline> strokes = SkeletonTracer.trace(ink, SIDE, SIDE, 5);

        assertThat(strokes).hasSize(3);
        assertThat(strokes).allMatch(s -> s.points().stream().allMatch(p -> p.getY() >= 20));
    }

    @Test
    void a_staircase_is_smoothed_into_a_straight_stroke_that_keeps_its_ends() {
        boolean[] ink = new boolean[SIDE * SIDE];
        for (int x = 5; x < 35; x++) {
            ink[(x % 2 == 0 ? 20 : 21) * SIDE + x] = true;
        }

        List<Polyline> strokes = SkeletonTracer.trace(ink, SIDE, SIDE, 2);

        assertThat(strokes).hasSize(1);
        List<Point2D> points = strokes.get(0).points();
        assertThat(points.get(0).getX()).isIn(5.5, 34.5);
        assertThat(points.get(points.size() - 1).getX()).isIn(5.5, 34.5);
        assertThat(points.subList(3, points.size() - 3))
                .allMatch(p -> p.getY() > 20.7 && p.getY() < 21.3);
    }
}
