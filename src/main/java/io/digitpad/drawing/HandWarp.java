package io.digitpad.drawing;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A smooth random displacement of a shape, like the slow wobble of a hand copying it: along each
 * axis, the sum of two plane waves of random direction and phase, each from half a period to one
 * and a half periods across the shape, so a stroke bends and leans but never zigzags.
 */
final class HandWarp {
    private static final int WAVES_PER_AXIS = 2;
    private static final double MIN_PERIODS = 0.5;
    private static final double MAX_PERIODS = 1.5;

    /**
     * Longest straight piece left before warping, as a fraction of the shape's size: a long
     * straight line must bend too, not just have its ends moved.
     */
    private static final double STEP = 0.02;

    private final Wave[] alongX;
    private final Wave[] alongY;
    private final double size;

    private HandWarp(Wave[] alongX, Wave[] alongY, double size) {
        this.alongX = alongX;
        this.alongY = alongY;
        this.size = size;
    }

    /**
     * A warp of {@code strokes} moving no point by more than {@code amplitude} times the shape's
     * size (the larger side of its bounds) along either axis.
     */
    static HandWarp random(List<Polyline> strokes, double amplitude, SplittableRandom random) {
        StrokeBounds bounds = StrokeBounds.of(strokes);
        double size = Math.max(bounds.width(), bounds.height());
        double waveAmplitude = amplitude * size / WAVES_PER_AXIS;
        Wave[] alongX = new Wave[WAVES_PER_AXIS];
        Wave[] alongY = new Wave[WAVES_PER_AXIS];
        for (int i = 0; i < WAVES_PER_AXIS; i++) {
            alongX[i] = Wave.random(waveAmplitude, size, random);
            alongY[i] = Wave.random(waveAmplitude, size, random);
        }
        return new HandWarp(alongX, alongY, size);
    }

    /** {@code strokes} warped, with points added along long straight pieces first. */
    List<Polyline> apply(List<Polyline> strokes) {
        List<Polyline> warped = new ArrayList<>(strokes.size());
        for (Polyline stroke : strokes) {
            List<Point2D> points = new ArrayList<>();
            for (Point2D p : densify(stroke.points(), STEP * size)) {
                points.add(
                        new Point2D.Double(p.getX() + sum(alongX, p), p.getY() + sum(alongY, p)));
            }
            warped.add(new Polyline(points));
        }
        return warped;
    }

    private static double sum(Wave[] waves, Point2D p) {
        double sum = 0;
        for (Wave wave : waves) {
            sum += wave.at(p.getX(), p.getY());
        }
        return sum;
    }

    private static List<Point2D> densify(List<Point2D> points, double step) {
        List<Point2D> dense = new ArrayList<>();
        dense.add(points.get(0));
        for (int i = 1; i < points.size(); i++) {
            Point2D from = points.get(i - 1);
            Point2D to = points.get(i);
            int pieces = step > 0 ? (int) Math.ceil(from.distance(to) / step) : 1;
            for (int k = 1; k <= pieces; k++) {
                double t = (double) k / pieces;
                dense.add(
                        new Point2D.Double(
                                from.getX() + t * (to.getX() - from.getX()),
                                from.getY() + t * (to.getY() - from.getY())));
            }
        }
        return dense;
    }

    /** {@code amplitude * sin(kx * x + ky * y + phase)}. */
    private record Wave(double amplitude, double kx, double ky, double phase) {

        static Wave random(double amplitude, double size, SplittableRandom random) {
            double direction = random.nextDouble(2 * Math.PI);
            double periods = random.nextDouble(MIN_PERIODS, MAX_PERIODS);
            double k = size > 0 ? 2 * Math.PI * periods / size : 0;
            return new Wave(
                    amplitude,
                    k * Math.cos(direction),
                    k * Math.sin(direction),
                    random.nextDouble(2 * Math.PI));
        }

        double at(double x, double y) {
            return amplitude * Math.sin(kx * x + ky * y + phase);
        }
    }
}
