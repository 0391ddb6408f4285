package io.digitpad.drawing;

import io.digitpad.data.PenDigit;
import io.digitpad.recognition.Ink;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A real writer's {@link PenDigit} drawn on the drawing page's 400x400 canvas as a person would
 * draw it there: at a random size, tilt, slant, width and place (a {@link Placement}), with a
 * random pen, and with the pointer sampled more or less often than the tablet was (a fast hand on a
 * slow pointer makes polygons of curves). The result is {@link Ink}: the same strokes the page
 * would send, which render as the page paints them.
 */
public final class PenDigitDrawings {
    /** Slant as a shear of x by y: up to about 11 degrees either way. */
    static final double MAX_SHEAR = 0.2;

    /** The pointer keeps every point of the tablet's, or one in two, or one in three. */
    static final int MAX_POINT_STEP = 3;

    /** Share of drawings made with the page's own 28 px pen rather than a random one. */
    static final double PAGE_PEN_SHARE = 0.3;

    private PenDigitDrawings() {}

    /**
     * Drawing {@code key} of {@code digit} with {@code seed}: the same key and seed give the same
     * drawing, whatever else is drawn.
     */
    public static Ink draw(PenDigit digit, int key, long seed) {
        SplittableRandom random = Seeds.random(seed, key);
        Placement placement =
                random.nextDouble() < PAGE_PEN_SHARE
                        ? Placement.withPagePen(random)
                        : Placement.random(random);
        double shear = random.nextDouble(-MAX_SHEAR, MAX_SHEAR);
        int step = random.nextInt(1, MAX_POINT_STEP + 1);
        return draw(digit, placement, shear, step);
    }

    /**
     * {@code digit} placed as {@code placement} says, slanted by {@code shear} (x moves by shear
     * times the height above the baseline), keeping one tablet point in {@code step} (and always a
     * stroke's last).
     */
    static Ink draw(PenDigit digit, Placement placement, double shear, int step) {
        // The tablet's y axis points up, the canvas's down.
        AffineTransform upright = new AffineTransform(1, 0, -shear, -1, 0, 0);
        List<Polyline> strokes = new ArrayList<>(digit.strokes().size());
        for (PenDigit.Stroke stroke : digit.strokes()) {
            List<Point2D> points = new ArrayList<>(stroke.size() / step + 2);
            for (int i = 0; i < stroke.size(); i += step) {
                points.add(
                        upright.transform(new Point2D.Double(stroke.x()[i], stroke.y()[i]), null));
            }
            int last = stroke.size() - 1;
            if (last % step != 0) {
                points.add(
                        upright.transform(
                                new Point2D.Double(stroke.x()[last], stroke.y()[last]), null));
            }
            strokes.add(new Polyline(points));
        }
        DrawingCanvas.Fit fit = DrawingCanvas.fit(strokes, placement);
        List<Ink.Stroke> onCanvas = new ArrayList<>(strokes.size());
        for (Polyline stroke : strokes) {
            List<Point2D> points = stroke.transform(fit.toCanvas()).points();
            float[] x = new float[points.size()];
            float[] y = new float[points.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) points.get(i).getX();
                y[i] = (float) points.get(i).getY();
            }
            onCanvas.add(Ink.Stroke.of(x, y));
        }
        return new Ink(onCanvas, DrawingCanvas.SIDE, DrawingCanvas.SIDE, (float) fit.pen());
    }
}
