package io.digitpad.web;

/**
 * How much drawing one request may ask the server to paint. Generous for any hand, even a long
 * number written slowly on a fast tablet, yet bounded so that no request can cost more than
 * decoding a large image does.
 */
final class StrokeLimits {
    /** Strokes per drawing: a ten-digit number takes 10 to 40. */
    static final int MAX_STROKES = 128;

    /** Points in all strokes together: a digit drawn in a second on a 240 Hz pen is about 240. */
    static final int MAX_POINTS = 10_000;

    /** Canvas side in pixels; the server's pixel limit ({@code --max-pixels}) applies as well. */
    static final int MAX_SIDE = 4096;

    /**
     * Area the pen may sweep, summed over every segment (length plus one pen width, times the pen
     * width): painting costs about this many anti-aliased pixels. A digit on the page sweeps about
     * 60,000; this is some 300 densely scribbled canvases.
     */
    static final double MAX_SWEPT_PIXELS = 20_000_000;

    /** How far outside the canvas a point may lie, in canvas sizes: a drag may leave the pad. */
    static final int MAX_OVERSHOOT = 10;

    private StrokeLimits() {}
}
