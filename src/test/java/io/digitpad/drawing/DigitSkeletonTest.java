package io.digitpad.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitSkeletonTest {
    private final MnistSet test = TestData.mnist().test();

    @Test
    void a_plain_seven_is_one_or_two_strokes_across_the_digit() {
        DigitSkeleton seven = DigitSkeleton.of(test.pixels(0));

        assertThat(test.label(0)).isEqualTo(7);
        assertThat(seven.faithful()).isTrue();
        assertThat(seven.strokes()).hasSizeBetween(1, 2);
        double top = Double.MAX_VALUE;
        double bottom = 0;
        for (Polyline stroke : seven.strokes()) {
            for (var p : stroke.points()) {
                top = Math.min(top, p.getY());
                bottom = Math.max(bottom, p.getY());
            }
        }
        assertThat(bottom - top).isGreaterThan(0.5 * DigitSkeleton.SIDE);
    }

    @Test
    void a_six_whose_loop_is_inked_solid_is_not_faithful() {
        // Test image 623: a bold 6 whose loop is one black blob; its centre line is a C.
        assertThat(test.label(623)).isEqualTo(6);

        assertThat(DigitSkeleton.of(test.pixels(623)).faithful()).isFalse();
    }

    @Test
    void a_bold_eight_with_grey_loops_is_opened_and_faithful() {
        // Test image 693: the lower loop is only lighter grey (117-182) inside black ink.
        assertThat(test.label(693)).isEqualTo(8);
        DigitSkeleton eight = DigitSkeleton.of(test.pixels(693));

        assertThat(eight.faithful()).isTrue();
        assertThat(eight.strokes())
                .anyMatch(
                        s ->
                                s.points().size() > 2
                                        && s.points()
                                                .get(0)
                                                .equals(s.points().get(s.points().size() - 1)));
    }

    @ParameterizedTest(name = "test image {0}")
    @ValueSource(ints = {1242, 2130, 2447, 4194, 4745})
    void a_four_whose_open_top_is_only_grey_is_redrawn_open(int index) {
        // Bold 4s whose arms nearly touch at the top: the lowest ink level bridges the grey gap,
        // and a 4 redrawn closed is a 9.
        assertThat(test.label(index)).isEqualTo(4);

        assertThat(loops(DigitSkeleton.of(test.pixels(index)).strokes())).isZero();
    }

    @ParameterizedTest(name = "test image {0}")
    @ValueSource(ints = {7, 9, 20, 58, 73})
    void a_nine_keeps_its_loop(int index) {
        assertThat(test.label(index)).isEqualTo(9);

        assertThat(loops(DigitSkeleton.of(test.pixels(index)).strokes())).isEqualTo(1);
    }

    @Test
    void an_empty_image_has_no_strokes() {
        DigitSkeleton nothing = DigitSkeleton.of(new int[MnistSet.PIXELS]);

        assertThat(nothing.strokes()).isEmpty();
        assertThat(nothing.faithful()).isFalse();
    }

    /**
     * Regions of background the strokes enclose, drawn with a one-MNIST-pixel pen: a 9 has one, a 4
     * with an open top none.
     */
    private static int loops(List<Polyline> strokes) {
        int side = DigitSkeleton.SIDE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.setStroke(
                new BasicStroke(
                        DigitSkeleton.SCALE, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        strokes.forEach(stroke -> g.draw(stroke.toPath()));
        g.dispose();
        boolean[] seen = new boolean[side * side];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = image.getRaster().getSample(i % side, i / side, 0) > 0;
        }
        int regions = 0;
        for (int start = 0; start < seen.length; start++) {
            if (!seen[start]) {
                regions++;
                Deque<Integer> todo = new ArrayDeque<>(List.of(start));
                seen[start] = true;
                while (!todo.isEmpty()) {
                    int p = todo.pop();
                    int x = p % side;
                    int y = p / side;
                    for (int q :
                            new int[] {
                                x > 0 ? p - 1 : -1, x < side - 1 ? p + 1 : -1, p - side, p + side
                            }) {
                        if (q >= 0 && q < seen.length && !seen[q]) {
                            seen[q] = true;
                            todo.push(q);
                        }
                    }
                }
            }
        }
        // The first region found starts at the corner: the background around the digit.
        return regions - 1;
    }
}
