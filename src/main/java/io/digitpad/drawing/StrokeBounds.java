package io.digitpad.drawing;

import java.awt.geom.Point2D;
import java.util.List;

/** The smallest axis-aligned box holding every point of some strokes. */
record StrokeBounds(double minX, double minY, double maxX, double maxY) {

    static StrokeBounds of(List<Polyline> strokes) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Polyline stroke : strokes) {
            for (Point2D p : stroke.points()) {
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
        }
        return new StrokeBounds(minX, minY, maxX, maxY);
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
