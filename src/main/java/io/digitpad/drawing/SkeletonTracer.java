package io.digitpad.drawing;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a skeleton one pixel wide into smooth pen strokes: prunes spurs, follows each branch
 * between line ends and junctions, and smooths it.
 *
 * <p>Neighbours are the 8 around a pixel, except that a diagonal neighbour that is also reachable
 * through a shared side neighbour is not linked directly, so a staircase is a chain, not a string
 * of triangles.
 */
final class SkeletonTracer {
    /** Points averaged on each side of a point when smoothing, and how often. */
    private static final int SMOOTHING_RADIUS = 2;

    private static final int SMOOTHING_PASSES = 2;

    private final boolean[] ink;
    private final int width;
    private final int height;

    /** Pixels already part of a traced stroke. */
    private final boolean[] traced;

    private SkeletonTracer(boolean[] ink, int width, int height) {
        this.ink = ink;
        this.width = width;
        this.height = height;
        this.traced = new boolean[ink.length];
    }

    /**
     * The strokes of {@code skeleton} (row-major, true = ink), in pixel-centre coordinates.
     *
     * @param spurLength branches from a line end to a junction up to this many pixels long are
     *     thinning artefacts of thick stroke ends and corners, and are dropped
     */
    static List<Polyline> trace(boolean[] skeleton, int width, int height, int spurLength) {
        SkeletonTracer tracer = new SkeletonTracer(skeleton.clone(), width, height);
        // A second pass catches spurs that only became line ends when the first pass cut a fork.
        tracer.pruneSpurs(spurLength);
        tracer.pruneSpurs(spurLength);
        List<Polyline> strokes = new ArrayList<>();
        for (List<Integer> branch : tracer.branches()) {
            strokes.add(tracer.smooth(branch, false));
        }
        for (List<Integer> loop : tracer.loops()) {
            strokes.add(tracer.smooth(loop, true));
        }
        return strokes;
    }

    private void pruneSpurs(int spurLength) {
        List<Integer> doomed = new ArrayList<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || degree(start) != 1) {
                continue;
            }
            List<Integer> walked = new ArrayList<>();
            walked.add(start);
            int previous = -1;
            int current = start;
            while (walked.size() <= spurLength) {
                int next = otherNeighbour(current, previous);
                previous = current;
                current = next;
                if (degree(current) != 2) {
                    break;
                }
                walked.add(current);
            }
            if (degree(current) >= 3 && walked.size() <= spurLength) {
                doomed.addAll(walked);
            }
        }
        doomed.forEach(i -> ink[i] = false);
    }

    /** Chains that start and end at a line end or a junction; a lone pixel is a chain of one. */
    private List<List<Integer>> branches() {
        Set<Long> used = new HashSet<>();
        List<List<Integer>> branches = new ArrayList<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || degree(start) == 2) {
                continue;
            }
            if (degree(start) == 0) {
                traced[start] = true;
                branches.add(List.of(start));
            }
            for (int first : neighbours(start)) {
                if (!used.add(edge(start, first))) {
                    continue;
                }
                List<Integer> branch = new ArrayList<>(List.of(start, first));
                int previous = start;
                int current = first;
                while (degree(current) == 2) {
                    int next = otherNeighbour(current, previous);
                    used.add(edge(current, next));
                    branch.add(next);
                    previous = current;
                    current = next;
                }
                branch.forEach(i -> traced[i] = true);
                branches.add(branch);
            }
        }
        return branches;
    }

    /**
     * Closed chains with no junction or line end, such as a cleanly drawn 0, i.e. what {@link
     * #branches()} left; the first pixel is not repeated.
     */
    private List<List<Integer>> loops() {
        List<List<Integer>> loops = new ArrayList<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || traced[start]) {
                continue;
            }
            List<Integer> loop = new ArrayList<>();
            int previous = -1;
            int current = start;
            do {
                loop.add(current);
                traced[current] = true;
                int next = otherNeighbour(current, previous);
                previous = current;
                current = next;
            } while (current != start);
            loops.add(loop);
        }
        return loops;
    }

    /** Moving average along the chain; the ends of a branch stay put so branches stay joined. */
    private Polyline smooth(List<Integer> chain, boolean closed) {
        int n = chain.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = chain.get(i) % width + 0.5;
            y[i] = chain.get(i) / width + 0.5;
        }
        for (int pass = 0; pass < SMOOTHING_PASSES; pass++) {
            double[] sx = x.clone();
            double[] sy = y.clone();
            for (int i = 0; i < n; i++) {
                int radius =
                        closed
                                ? Math.min(SMOOTHING_RADIUS, (n - 1) / 2)
                                : Math.min(SMOOTHING_RADIUS, Math.min(i, n - 1 - i));
                double sumX = 0;
                double sumY = 0;
                for (int k = -radius; k <= radius; k++) {
                    int j = Math.floorMod(i + k, n);
                    sumX += x[j];
                    sumY += y[j];
                }
                sx[i] = sumX / (2 * radius + 1);
                sy[i] = sumY / (2 * radius + 1);
            }
            x = sx;
            y = sy;
        }
        List<Point2D> points = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            points.add(new Point2D.Double(x[i], y[i]));
        }
        if (closed) {
            points.add(points.get(0));
        }
        return new Polyline(points);
    }

    private int otherNeighbour(int pixel, int previous) {
        for (int n : neighbours(pixel)) {
            if (n != previous) {
                return n;
            }
        }
        throw new IllegalStateException("pixel " + pixel + " has no neighbour besides " + previous);
    }

    private int degree(int pixel) {
        return neighbours(pixel).size();
    }

    private List<Integer> neighbours(int pixel) {
        int x = pixel % width;
        int y = pixel / width;
        List<Integer> neighbours = new ArrayList<>(4);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((dx == 0 && dy == 0) || !isInk(x + dx, y + dy)) {
                    continue;
                }
                boolean diagonal = dx != 0 && dy != 0;
                if (diagonal && (isInk(x + dx, y) || isInk(x, y + dy))) {
                    continue;
                }
                neighbours.add((y + dy) * width + x + dx);
            }
        }
        return neighbours;
    }

    private boolean isInk(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x];
    }

    private static long edge(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
