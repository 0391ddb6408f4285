package io.digitpad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgPathDataTest {

    @Test
    void each_moveto_starts_a_stroke_and_pairs_after_lineto_continue_it() {
        List<double[]> strokes = SvgPathData.parse("M6,5 L8,4 11,1 11,22 M10,2 L10,22");

        assertThat(strokes)
                .containsExactly(
                        new double[] {6, 5, 8, 4, 11, 1, 11, 22}, new double[] {10, 2, 10, 22});
    }

    @Test
    void spaces_commas_signs_and_decimals_all_separate_numbers() {
        List<double[]> strokes = SvgPathData.parse(" M 75.6 -5e1,L.5-3 1.5.25 ");

        assertThat(strokes).containsExactly(new double[] {75.6, -50, 0.5, -3, 1.5, 0.25});
    }

    @Test
    void pairs_after_a_movetos_first_pair_are_lines_as_in_svg() {
        assertThat(SvgPathData.parse("M 0 0 10 0 10 10"))
                .containsExactly(new double[] {0, 0, 10, 0, 10, 10});
    }

    @Test
    void a_moveto_with_nothing_drawn_from_it_draws_nothing() {
        assertThat(SvgPathData.parse("M 1 1 M 0 0 L 5 5 M 9 9"))
                .containsExactly(new double[] {0, 0, 5, 5});
    }

    @Test
    void a_curve_is_refused_rather_than_drawn_straight() {
        assertThatThrownBy(() -> SvgPathData.parse("M 0 0 C 1 1 2 2 3 3"))
                .hasMessage("unsupported path command 'C' (only M and L)");
    }

    @Test
    void an_odd_count_of_numbers_is_refused() {
        assertThatThrownBy(() -> SvgPathData.parse("M 0 0 L 1 2 3"))
                .hasMessage("L is followed by 3 numbers, not x,y pairs");
    }

    @Test
    void a_line_without_a_start_point_is_refused() {
        assertThatThrownBy(() -> SvgPathData.parse("L 1 2")).hasMessageContaining("L before any M");
    }

    @Test
    void garbage_is_refused_with_where_it_starts() {
        assertThatThrownBy(() -> SvgPathData.parse("M 0 0 L 1 2 # 3 4"))
                .hasMessage("unreadable path data at \" # 3 4\"");
    }
}
