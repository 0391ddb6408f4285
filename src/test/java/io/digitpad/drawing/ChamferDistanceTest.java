package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChamferDistanceTest {
    @Test
    void side_steps_cost_3_and_diagonal_steps_4() {
        boolean[] centre = new boolean[9];
        centre[4] = true;

        int[] d = ChamferDistance.to(centre, 3, Integer.MAX_VALUE / 2);

        assertThat(d).containsExactly(4, 3, 4, 3, 0, 3, 4, 3, 4);
    }

    @Test
    void the_outside_of_the_grid_counts_at_the_distance_given() {
        boolean[] none = new boolean[9];

        int[] d = ChamferDistance.to(none, 3, 0);

        assertThat(d).containsExactly(3, 3, 3, 3, 6, 3, 3, 3, 3);
    }
}
