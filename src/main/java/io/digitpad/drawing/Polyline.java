package io.digitpad.drawing;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One pen stroke: the points the pen centre passes through, in order.
 *
 * @param points at least one point; a single point is a dot
 */
record Polyline(List<Point2D> points) {

    Polyline {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a stroke needs at least one point");
        }
        points = List.copyOf(points);
    }

    /** A stroke through {@code xy} given as x0, y0, x1, y1, ... */
    static Polyline of(double... xy) {
        List<Point2D> points = new ArrayList<>(xy.length / 2);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            points.add(new Point2D.Double(xy[i], xy[i + 1]));
        }
        return new Polyline(points);
    }

    /** This stroke moved by {@code transform}. */
    Polyline transform(AffineTransform transform) {
        List<Point2D> moved = new ArrayList<>(points.size());
        for (Point2D p : points) {
            moved.add(transform.transform(p, null));
        }
        return new Polyline(moved);
    }

    /**
     * The stroke as a path; a single point becomes a zero-length segment, which a round cap draws
     * as a dot.
     */
    Path2D toPath() {
        Path2D.Double path = new Path2D.Double();
        Point2D first = points.get(0);
        path.moveTo(first.getX(), first.getY());
        if (points.size() == 1) {
            path.lineTo(first.getX(), first.getY());
        }
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).getX(), points.get(i).getY());
        }
        return path;
    }
}
