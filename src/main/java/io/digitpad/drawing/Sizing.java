package io.digitpad.drawing;

import java.util.SplittableRandom;

/** How big and how wide a digit is drawn on the 400x400 canvas, and with how thick a pen. */
public enum Sizing {
    /**
     * Anywhere from a quarter of the canvas to nearly all of it, with pens from 4% to 18% of the
     * height (see {@link Placement#random}).
     */
    VARIED("any size"),
    /**
     * 100-150 px tall with the page's own 28 px pen (19-28% of the height): what a small digit
     * drawn on the page looks like.
     */
    SMALL_WITH_PAGE_PEN("small with the page's pen"),
    /**
     * Any size with a hairline pen, 1-3% of the height and at least 2 px: a fine stylus, or pen
     * strokes replayed onto a canvas with a thin line.
     */
    HAIRLINE("hairline pen"),
    /** As {@link #VARIED}, but 55-70% as wide as the writer drew it: a narrow, condensed hand. */
    NARROW("narrow hand");

    private final String description;

    Sizing(String description) {
        this.description = description;
    }

    /** A few words for reports. */
    public String description() {
        return description;
    }

    Placement place(SplittableRandom random) {
        return switch (this) {
            case VARIED -> Placement.random(random);
            case SMALL_WITH_PAGE_PEN -> Placement.smallWithPagePen(random);
            case HAIRLINE -> Placement.hairline(random);
            case NARROW -> Placement.narrow(random);
        };
    }
}
