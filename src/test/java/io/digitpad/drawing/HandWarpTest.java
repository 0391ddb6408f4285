package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HandWarpTest {
    /** A vertical stroke 100 units long, like the stem of a 1. */
    private static final List<Polyline> STEM = List.of(Polyline.of(0, 0, 0, 100));

    @Test
    void no_point_moves_more_than_the_amplitude_times_the_size_along_either_axis() {
        for (int seed = 0; seed < 100; seed++) {
            List<Point2D> points = warp(seed).points();

            for (int i = 0; i < points.size(); i++) {
                double along = 100.0 * i / (points.size() - 1);
                assertThat(points.get(i).getX()).isBetween(-3.0, 3.0);
                assertThat(points.get(i).getY() - along).isBetween(-3.0, 3.0);
            }
        }
    }

    @Test
    void a_long_straight_line_gets_points_along_it_so_it_can_bend() {
        assertThat(warp(1).points()).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void a_straight_stroke_usually_bends() {
        int bent = 0;
        for (int seed = 0; seed < 100; seed++) {
            if (sag(warp(seed).points()) > 0.5) {
                bent++;
            }
        }

        assertThat(bent).isGreaterThan(80);
    }

    @Test
    void the_bend_is_smooth_not_a_zigzag() {
        for (int seed = 0; seed < 100; seed++) {
            List<Point2D> points = warp(seed).points();
            int turns = 0;
            for (int i = 2; i < points.size(); i++) {
                double before = points.get(i - 1).getX() - points.get(i - 2).getX();
                double after = points.get(i).getX() - points.get(i - 1).getX();
                if (before * after < 0) {
                    turns++;
                }
            }

            // Two waves of at most one and a half periods each turn back at most six times.
            assertThat(turns).as("seed %d", seed).isLessThanOrEqualTo(6);
        }
    }

    private static Polyline warp(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return HandWarp.random(STEM, 0.03, random).apply(STEM).get(0);
    }

    /** Largest distance of a point from the straight line through the stroke's ends. */
    private static double sag(List<Point2D> points) {
        Point2D a = points.get(0);
        Point2D b = points.get(points.size() - 1);
        double sag = 0;
        for (Point2D p : points) {
            sag =
                    Math.max(
                            sag,
                            java.awt.geom.Line2D.ptLineDist(
                                    a.getX(), a.getY(), b.getX(), b.getY(), p.getX(), p.getY()));
        }
        return sag;
    }
}
