package io.digitpad.drawing;

import io.digitpad.data.HandwritingFonts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * A digit of a {@link HandwritingFonts handwriting font} on a 400x400 canvas, the glyph's outline
 * filled black on white, with the drawn benchmark's random sizes, tilts and places (see {@link
 * Placement}). The glyph's own strokes carry the writer's pen, so no pen is added. Seeded: the same
 * font, digit, copy and seed give the same picture.
 */
public final class HandwritingDigits {
    private static final FontRenderContext OUTLINES = new FontRenderContext(null, true, true);

    private HandwritingDigits() {}

    /** Copy {@code copy} of {@code digit} in {@code font}, drawn with {@code seed}. */
    public static BufferedImage draw(Font font, int digit, int copy, long seed) {
        Shape glyph =
                font.deriveFont(100f)
                        .createGlyphVector(OUTLINES, String.valueOf(digit))
                        .getOutline();
        // Keyed by the font's name, as TypefaceDigits does, so adding a font changes no other.
        long fontSeed = Seeds.random(seed, font.getName().hashCode()).nextLong();
        SplittableRandom random = Seeds.random(fontSeed, 10 * copy + digit);
        Placement placement = Placement.random(random);
        // Tilted first, so the size and room below are those of the tilted glyph.
        Shape tilted =
                AffineTransform.getRotateInstance(Math.toRadians(placement.angleDegrees()))
                        .createTransformedShape(glyph);
        Rectangle2D bounds = tilted.getBounds2D();
        double room = DrawingCanvas.SIDE - 2.0;
        double scale = Math.min(placement.height() / bounds.getHeight(), room / bounds.getWidth());
        double width = bounds.getWidth() * scale;
        double height = bounds.getHeight() * scale;
        AffineTransform place =
                AffineTransform.getTranslateInstance(
                        1 + placement.across() * (room - width) - bounds.getMinX() * scale,
                        1 + placement.down() * (room - height) - bounds.getMinY() * scale);
        place.scale(scale, scale);

        BufferedImage canvas =
                new BufferedImage(
                        DrawingCanvas.SIDE, DrawingCanvas.SIDE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, DrawingCanvas.SIDE, DrawingCanvas.SIDE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.fill(place.createTransformedShape(tilted));
        g.dispose();
        return canvas;
    }
}
