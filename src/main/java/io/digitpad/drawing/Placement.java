package io.digitpad.drawing;

import io.digitpad.recognition.Ink;
import java.util.SplittableRandom;

/**
 * How big, how thick, how tilted and where one drawing lands on the canvas.
 *
 * @param height ink height in canvas pixels, pen included
 * @param penWidth pen diameter in canvas pixels
 * @param angleDegrees tilt, clockwise
 * @param stretch horizontal scale before fitting the height; 1 keeps the shape's proportions
 * @param across where the ink sits in the free width, 0 = left edge, 1 = right edge
 * @param down where the ink sits in the free height, 0 = top edge, 1 = bottom edge
 */
record Placement(
        double height,
        double penWidth,
        double angleDegrees,
        double stretch,
        double across,
        double down) {
    /** A quarter of the 400-pixel canvas: the smallest drawing people make without zooming. */
    static final double MIN_HEIGHT = 100;

    /** Nearly the whole canvas. */
    static final double MAX_HEIGHT = 380;

    static final double MIN_PEN = 8;
    static final double MAX_PEN = 40;

    /**
     * Pen width as a fraction of the height: below 4% a stroke is a hairline, above 18% the loops
     * of a 6 or 8 fill in.
     */
    static final double MIN_PEN_FRACTION = 0.04;

    static final double MAX_PEN_FRACTION = 0.18;
    static final double MAX_ANGLE_DEGREES = 8;
    static final double MAX_STRETCH = 1.15;

    /** The drawing page's own pen on its 400x400 canvas ({@code PEN_WIDTH} in app.js). */
    static final double PAGE_PEN = Ink.PAGE_PEN;

    /** Heights of a small digit drawn with the page's pen: its pen is 19-28% of the height. */
    static final double MIN_SMALL_HEIGHT = 100;

    static final double MAX_SMALL_HEIGHT = 150;

    /** A hairline pen: 1-3% of the height, never under 2 px. */
    static final double MIN_HAIRLINE = 2;

    static final double MIN_HAIRLINE_FRACTION = 0.01;
    static final double MAX_HAIRLINE_FRACTION = 0.03;

    /**
     * A narrow hand: 55-70% of the MNIST writer's own width, as people who write tall, condensed
     * digits draw them.
     */
    static final double MIN_NARROW = 0.55;

    static final double MAX_NARROW = 0.7;

    /** Uniform over every range above; the pen width is drawn from what the height allows. */
    static Placement random(SplittableRandom random) {
        double height = random.nextDouble(MIN_HEIGHT, MAX_HEIGHT);
        double thinnest = Math.max(MIN_PEN, MIN_PEN_FRACTION * height);
        double thickest = Math.min(MAX_PEN, MAX_PEN_FRACTION * height);
        return new Placement(
                height,
                random.nextDouble(thinnest, thickest),
                random.nextDouble(-MAX_ANGLE_DEGREES, MAX_ANGLE_DEGREES),
                random.nextDouble(1 / MAX_STRETCH, MAX_STRETCH),
                random.nextDouble(),
                random.nextDouble());
    }

    /**
     * A small digit drawn with the page's own pen: the boldest drawings the page makes, bolder than
     * {@link #random} allows, with loops that nearly fill in.
     */
    static Placement smallWithPagePen(SplittableRandom random) {
        return new Placement(
                random.nextDouble(MIN_SMALL_HEIGHT, MAX_SMALL_HEIGHT),
                PAGE_PEN,
                random.nextDouble(-MAX_ANGLE_DEGREES, MAX_ANGLE_DEGREES),
                random.nextDouble(1 / MAX_STRETCH, MAX_STRETCH),
                random.nextDouble(),
                random.nextDouble());
    }

    /**
     * Any size, with the page's own pen: as people draw on the page, from bold small digits to ones
     * that fill the canvas.
     */
    static Placement withPagePen(SplittableRandom random) {
        return new Placement(
                random.nextDouble(MIN_HEIGHT, MAX_HEIGHT),
                PAGE_PEN,
                random.nextDouble(-MAX_ANGLE_DEGREES, MAX_ANGLE_DEGREES),
                random.nextDouble(1 / MAX_STRETCH, MAX_STRETCH),
                random.nextDouble(),
                random.nextDouble());
    }

    /** Any size, with a hairline pen: the thinnest drawings, below {@link #random}'s range. */
    static Placement hairline(SplittableRandom random) {
        double height = random.nextDouble(MIN_HEIGHT, MAX_HEIGHT);
        double thinnest = Math.max(MIN_HAIRLINE, MIN_HAIRLINE_FRACTION * height);
        return new Placement(
                height,
                random.nextDouble(thinnest, MAX_HAIRLINE_FRACTION * height),
                random.nextDouble(-MAX_ANGLE_DEGREES, MAX_ANGLE_DEGREES),
                random.nextDouble(1 / MAX_STRETCH, MAX_STRETCH),
                random.nextDouble(),
                random.nextDouble());
    }

    /** As {@link #random}, but squeezed sideways to a narrow hand's width. */
    static Placement narrow(SplittableRandom random) {
        Placement any = random(random);
        return new Placement(
                any.height,
                any.penWidth,
                any.angleDegrees,
                random.nextDouble(MIN_NARROW, MAX_NARROW),
                any.across,
                any.down);
    }
}
