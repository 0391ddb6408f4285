package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class FlourishTest {
    /** A slanted 1, 100 units tall: top at (60, 0), bottom at (40, 100). */
    private static final List<Polyline> ONE = List.of(Polyline.of(60, 0, 50, 50, 40, 100));

    /** A 7, 100 units tall: bar from (0, 0) to (70, 0), stem down to (30, 100). */
    private static final List<Polyline> SEVEN = List.of(Polyline.of(0, 0, 70, 0, 30, 100));

    @Test
    void only_ones_and_sevens_have_flourishes() {
        assertThat(Flourish.forDigit(1))
                .containsExactly(Flourish.NONE, Flourish.FLAG, Flourish.FLAG_AND_FOOT);
        assertThat(Flourish.forDigit(7)).containsExactly(Flourish.NONE, Flourish.CROSSBAR);
        for (int digit : new int[] {0, 2, 3, 4, 5, 6, 8, 9}) {
            assertThat(Flourish.forDigit(digit)).containsExactly(Flourish.NONE);
        }
    }

    @Test
    void none_leaves_the_strokes_as_written() {
        assertThat(Flourish.NONE.addTo(ONE, new SplittableRandom(1))).isEqualTo(ONE);
    }

    @RepeatedTest(20)
    void a_flag_comes_down_to_the_left_from_the_top_of_a_one(RepetitionInfo run) {
        List<Polyline> flagged =
                Flourish.FLAG.addTo(ONE, new SplittableRandom(run.getCurrentRepetition()));

        assertThat(flagged).hasSize(2).startsWith(ONE.get(0));
        List<Point2D> flag = flagged.get(1).points();
        Point2D start = flag.get(0);
        Point2D end = flag.get(1);
        assertThat(end).isEqualTo(new Point2D.Double(60, 0));
        assertThat(start.getX()).as("left of the top").isLessThan(60);
        // Steeper than 20 degrees, so that it does not read as the bar of a 7, and shorter
        // than half the digit.
        double drop = start.getY();
        double across = 60 - start.getX();
        assertThat(Math.toDegrees(Math.atan2(drop, across))).isBetween(20.0, 65.0);
        assertThat(Math.hypot(drop, across)).isBetween(15.0, 45.0);
    }

    @RepeatedTest(20)
    void a_foot_is_a_level_bar_through_the_bottom_of_a_one(RepetitionInfo run) {
        List<Polyline> footed =
                Flourish.FLAG_AND_FOOT.addTo(ONE, new SplittableRandom(run.getCurrentRepetition()));

        assertThat(footed).hasSize(3);
        List<Point2D> foot = footed.get(2).points();
        double left = foot.get(0).getX();
        double right = foot.get(1).getX();
        assertThat(left).isLessThan(40 - 10);
        assertThat(right).isGreaterThan(40 + 10);
        assertThat((foot.get(0).getY() + foot.get(1).getY()) / 2).isCloseTo(100, within(0.001));
        assertThat(Math.abs(foot.get(0).getY() - foot.get(1).getY())).isLessThan(8);
    }

    @RepeatedTest(20)
    void a_crossbar_crosses_the_stem_of_a_seven_near_its_middle(RepetitionInfo run) {
        List<Polyline> crossed =
                Flourish.CROSSBAR.addTo(SEVEN, new SplittableRandom(run.getCurrentRepetition()));

        assertThat(crossed).hasSize(2);
        List<Point2D> bar = crossed.get(1).points();
        double y = (bar.get(0).getY() + bar.get(1).getY()) / 2;
        assertThat(y).isBetween(40.0, 65.0);
        // The stem runs from (70, 0) to (30, 100): at height y it is at x = 70 - 0.4 y.
        double stem = 70 - 0.4 * y;
        assertThat(bar.get(0).getX()).isLessThan(stem - 5);
        assertThat(bar.get(1).getX()).isGreaterThan(stem + 5);
    }
}
