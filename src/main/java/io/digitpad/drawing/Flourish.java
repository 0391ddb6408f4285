package io.digitpad.drawing;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Strokes many writers add to a digit and MNIST's American writers rarely did: a flag on top of a
 * 1, a foot under it, a bar across the stem of a 7. Added to a digit's centre lines before it is
 * drawn, so the rest of the digit keeps its writer's shape.
 */
public enum Flourish {
    /** The digit as written. */
    NONE(-1, "as written"),
    /** A 1 with a stroke coming down to the left from its top, as most of Europe writes it. */
    FLAG(1, "1 with flag"),
    /** A 1 with a flag and a bar under it, as many fonts and some writers make it. */
    FLAG_AND_FOOT(1, "1 with flag and foot"),
    /** A 7 with a bar across the middle of its stem. */
    CROSSBAR(7, "crossed 7");

    private final int digit;
    private final String description;

    Flourish(int digit, String description) {
        this.digit = digit;
        this.description = description;
    }

    /** A few words for reports, e.g. "crossed 7". */
    public String description() {
        return description;
    }

    /** The digit this flourish belongs to, or -1 for {@link #NONE}. */
    public int digit() {
        return digit;
    }

    /** The flourishes a drawing of {@code label} can have, NONE first. */
    public static List<Flourish> forDigit(int label) {
        List<Flourish> kinds = new ArrayList<>(List.of(NONE));
        for (Flourish flourish : values()) {
            if (flourish.digit == label) {
                kinds.add(flourish);
            }
        }
        return kinds;
    }

    /** One of {@link #forDigit}, each equally likely. */
    public static Flourish random(int label, SplittableRandom random) {
        List<Flourish> kinds = forDigit(label);
        return kinds.get(random.nextInt(kinds.size()));
    }

    /** {@code strokes} with this flourish added; sizes and angles vary with {@code random}. */
    List<Polyline> addTo(List<Polyline> strokes, SplittableRandom random) {
        if (this == NONE || strokes.isEmpty()) {
            return strokes;
        }
        StrokeBounds ink = StrokeBounds.of(strokes);
        double height = ink.height();
        List<Polyline> out = new ArrayList<>(strokes);
        switch (this) {
            case FLAG, FLAG_AND_FOOT -> {
                Point2D top = extreme(strokes, true);
                double length = height * random.nextDouble(0.2, 0.4);
                // Steep enough to read as a flag, not as the top bar of a 7.
                double angle = Math.toRadians(random.nextDouble(25, 60));
                out.add(
                        Polyline.of(
                                top.getX() - length * Math.cos(angle),
                                top.getY() + length * Math.sin(angle),
                                top.getX(),
                                top.getY()));
                if (this == FLAG_AND_FOOT) {
                    Point2D bottom = extreme(strokes, false);
                    double half = height * random.nextDouble(0.15, 0.3);
                    double tilt = height * random.nextDouble(-0.03, 0.03);
                    out.add(
                            Polyline.of(
                                    bottom.getX() - half,
                                    bottom.getY() - tilt,
                                    bottom.getX() + half,
                                    bottom.getY() + tilt));
                }
            }
            case CROSSBAR -> {
                double y = ink.minY() + height * random.nextDouble(0.45, 0.6);
                double x = stemAt(strokes, y, (ink.minX() + ink.maxX()) / 2);
                double width = height * random.nextDouble(0.3, 0.5);
                double left = width * random.nextDouble(0.4, 0.6);
                double tilt = height * random.nextDouble(-0.04, 0.02);
                out.add(Polyline.of(x - left, y - tilt, x + width - left, y + tilt));
            }
            default -> throw new IllegalStateException(name());
        }
        return out;
    }

    /** The highest (top) or lowest (bottom) point of the centre lines. */
    private static Point2D extreme(List<Polyline> strokes, boolean top) {
        Point2D best = null;
        for (Polyline stroke : strokes) {
            for (Point2D p : stroke.points()) {
                if (best == null || (top ? p.getY() < best.getY() : p.getY() > best.getY())) {
                    best = p;
                }
            }
        }
        return best;
    }

    /**
     * Where the stem crosses height {@code y}: the crossing of a segment nearest {@code fallback}
     * (the middle of the ink), or the fallback itself if no segment reaches that height.
     */
    private static double stemAt(List<Polyline> strokes, double y, double fallback) {
        double best = Double.NaN;
        for (Polyline stroke : strokes) {
            List<Point2D> points = stroke.points();
            for (int i = 1; i < points.size(); i++) {
                Point2D a = points.get(i - 1);
                Point2D b = points.get(i);
                if ((a.getY() - y) * (b.getY() - y) <= 0 && a.getY() != b.getY()) {
                    double x =
                            a.getX()
                                    + (y - a.getY())
                                            / (b.getY() - a.getY())
                                            * (b.getX() - a.getX());
                    if (Double.isNaN(best) || Math.abs(x - fallback) < Math.abs(best - fallback)) {
                        best = x;
                    }
                }
            }
        }
        return Double.isNaN(best) ? fallback : best;
    }
}
