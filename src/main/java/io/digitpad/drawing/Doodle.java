package io.digitpad.drawing;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Kinds of pen drawings that are not digits, each drawn in a unit box (y down) with a little of the
 * wobble and sloppiness of a hand on a mouse.
 */
public enum Doodle {
    /** A capital letter that does not look like a digit. */
    LETTER {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            return Letters.any(random);
        }
    },
    /** A few random smooth strokes. */
    SCRIBBLE {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            List<Polyline> strokes = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int s = 0; s < count; s++) {
                List<Point2D> corners = new ArrayList<>();
                int n = 4 + random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    corners.add(new Point2D.Double(random.nextDouble(), random.nextDouble()));
                }
                strokes.add(rounded(new Polyline(corners)));
            }
            return strokes;
        }
    },
    CROSSED_CIRCLE {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            List<Polyline> strokes = new ArrayList<>(List.of(loop(random, 0.5, 0.5, 0.5, 0.5)));
            strokes.addAll(random.nextBoolean() ? cross(0.05, 0.95) : plus(0.0, 1.0));
            return strokes;
        }
    },
    CROSSED_SQUARE {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            List<Polyline> strokes =
                    new ArrayList<>(List.of(Polyline.of(0, 0, 1, 0, 1, 1, 0, 1, 0, 0)));
            strokes.addAll(cross(0, 1));
            return strokes;
        }
    },
    STAR {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            List<Point2D> points = new ArrayList<>();
            for (int k = 0; k <= 5; k++) {
                double angle = Math.toRadians(-90 + 144 * k);
                points.add(
                        new Point2D.Double(
                                0.5 + 0.5 * Math.cos(angle), 0.5 + 0.5 * Math.sin(angle)));
            }
            return List.of(new Polyline(points));
        }
    },
    ASTERISK {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            int arms = 3 + random.nextInt(2);
            double turn = random.nextDouble(Math.PI);
            List<Polyline> strokes = new ArrayList<>();
            for (int k = 0; k < arms; k++) {
                double angle = turn + Math.PI * k / arms;
                double dx = 0.5 * Math.cos(angle);
                double dy = 0.5 * Math.sin(angle);
                strokes.add(Polyline.of(0.5 - dx, 0.5 - dy, 0.5 + dx, 0.5 + dy));
            }
            return strokes;
        }
    },
    SMILEY {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            return List.of(
                    loop(random, 0.5, 0.5, 0.5, 0.5),
                    Polyline.of(0.35, 0.33, 0.35, 0.4),
                    Polyline.of(0.65, 0.33, 0.65, 0.4),
                    arc(0.5, 0.5, 0.28, 0.25, Math.toRadians(20), Math.toRadians(140)));
        }
    },
    HASH {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            return List.of(
                    Polyline.of(0.4, 0, 0.25, 1),
                    Polyline.of(0.8, 0, 0.65, 1),
                    Polyline.of(0.05, 0.33, 1, 0.33),
                    Polyline.of(0, 0.67, 0.95, 0.67));
        }
    },
    WAVE {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            double periods = random.nextDouble(1.5, 4);
            double amplitude = random.nextDouble(0.1, 0.3);
            double phase = random.nextDouble(2 * Math.PI);
            List<Point2D> points = new ArrayList<>();
            for (int i = 0; i <= 80; i++) {
                double x = i / 80.0;
                points.add(
                        new Point2D.Double(
                                x, amplitude * Math.sin(phase + 2 * Math.PI * periods * x)));
            }
            return List.of(new Polyline(points));
        }
    },
    SPIRAL {
        @Override
        List<Polyline> shape(SplittableRandom random) {
            double turns = random.nextDouble(1.5, 2.5);
            double start = random.nextDouble(2 * Math.PI);
            int n = (int) (turns * 40);
            List<Point2D> points = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                double t = (double) i / n;
                double angle = start + 2 * Math.PI * turns * t;
                points.add(
                        new Point2D.Double(
                                0.5 + 0.5 * t * Math.cos(angle), 0.5 + 0.5 * t * Math.sin(angle)));
            }
            return List.of(new Polyline(points));
        }
    };

    /**
     * Corners and ends move by up to this fraction of the box, like a hand that misses the mark.
     */
    private static final double SLOP = 0.05;

    /** Sideways wobble along a stroke, as a fraction of the box. */
    private static final double WOBBLE = 0.006;

    /** The ideal shape, one random variant of this kind. */
    abstract List<Polyline> shape(SplittableRandom random);

    /** The shape as a hand draws it: corners off the mark and a slight wobble along each stroke. */
    List<Polyline> draw(SplittableRandom random) {
        List<Polyline> strokes = new ArrayList<>();
        for (Polyline stroke : shape(random)) {
            strokes.add(wobble(sloppy(stroke, random), random));
        }
        return strokes;
    }

    /**
     * An ellipse drawn in one go: it starts anywhere and stops a little short or past its start.
     */
    private static Polyline loop(
            SplittableRandom random, double cx, double cy, double rx, double ry) {
        double start = random.nextDouble(2 * Math.PI);
        double sweep = Math.toRadians(random.nextDouble(340, 390));
        return arc(cx, cy, rx, ry, start, sweep);
    }

    private static Polyline arc(
            double cx, double cy, double rx, double ry, double start, double sweep) {
        int n = Math.max(8, (int) Math.ceil(Math.abs(sweep) / Math.toRadians(6)));
        List<Point2D> points = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            double angle = start + sweep * i / n;
            points.add(new Point2D.Double(cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)));
        }
        return new Polyline(points);
    }

    private static List<Polyline> cross(double from, double to) {
        return List.of(Polyline.of(from, from, to, to), Polyline.of(to, from, from, to));
    }

    private static List<Polyline> plus(double from, double to) {
        double mid = (from + to) / 2;
        return List.of(Polyline.of(mid, from, mid, to), Polyline.of(from, mid, to, mid));
    }

    /** Chaikin corner cutting, three rounds: a smooth curve near the given corners. */
    private static Polyline rounded(Polyline corners) {
        List<Point2D> points = corners.points();
        for (int round = 0; round < 3; round++) {
            List<Point2D> cut = new ArrayList<>();
            cut.add(points.get(0));
            for (int i = 0; i + 1 < points.size(); i++) {
                Point2D a = points.get(i);
                Point2D b = points.get(i + 1);
                cut.add(between(a, b, 0.25));
                cut.add(between(a, b, 0.75));
            }
            cut.add(points.get(points.size() - 1));
            points = cut;
        }
        return new Polyline(points);
    }

    private static Polyline sloppy(Polyline stroke, SplittableRandom random) {
        List<Point2D> moved = new ArrayList<>();
        boolean smooth = stroke.points().size() > 12;
        double dx = random.nextDouble(-SLOP, SLOP);
        double dy = random.nextDouble(-SLOP, SLOP);
        for (Point2D p : stroke.points()) {
            // A curve moves as a whole; a polygon's corners each miss on their own.
            if (!smooth) {
                dx = random.nextDouble(-SLOP, SLOP);
                dy = random.nextDouble(-SLOP, SLOP);
            }
            moved.add(new Point2D.Double(p.getX() + dx, p.getY() + dy));
        }
        return new Polyline(moved);
    }

    /** Resamples the stroke finely and pushes it sideways along two slow random sine waves. */
    private static Polyline wobble(Polyline stroke, SplittableRandom random) {
        List<Point2D> fine = resample(stroke.points(), 0.01);
        double f1 = random.nextDouble(1, 3);
        double f2 = random.nextDouble(3, 6);
        double p1 = random.nextDouble(2 * Math.PI);
        double p2 = random.nextDouble(2 * Math.PI);
        List<Point2D> wobbly = new ArrayList<>(fine.size());
        double travelled = 0;
        for (int i = 0; i < fine.size(); i++) {
            Point2D p = fine.get(i);
            Point2D q = fine.get(Math.min(fine.size() - 1, i + 1));
            Point2D o = fine.get(Math.max(0, i - 1));
            double tx = q.getX() - o.getX();
            double ty = q.getY() - o.getY();
            double length = Math.hypot(tx, ty);
            if (i > 0) {
                travelled += p.distance(o);
            }
            double push =
                    WOBBLE
                            * (Math.sin(p1 + 2 * Math.PI * f1 * travelled)
                                    + 0.5 * Math.sin(p2 + 2 * Math.PI * f2 * travelled));
            double nx = length == 0 ? 0 : -ty / length;
            double ny = length == 0 ? 0 : tx / length;
            wobbly.add(new Point2D.Double(p.getX() + push * nx, p.getY() + push * ny));
        }
        return new Polyline(wobbly);
    }

    /** Points along {@code points} at most {@code step} apart, keeping every original point. */
    private static List<Point2D> resample(List<Point2D> points, double step) {
        List<Point2D> fine = new ArrayList<>();
        fine.add(points.get(0));
        for (int i = 0; i + 1 < points.size(); i++) {
            Point2D a = points.get(i);
            Point2D b = points.get(i + 1);
            int n = Math.max(1, (int) Math.ceil(a.distance(b) / step));
            for (int k = 1; k <= n; k++) {
                fine.add(between(a, b, (double) k / n));
            }
        }
        return fine;
    }

    private static Point2D between(Point2D a, Point2D b, double t) {
        return new Point2D.Double(
                a.getX() + t * (b.getX() - a.getX()), a.getY() + t * (b.getY() - a.getY()));
    }
}
