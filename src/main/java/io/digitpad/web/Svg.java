package io.digitpad.web;

/**
 * An SVG drawing written as text, for charts the server draws itself. Only presentation attributes
 * ({@code fill}, {@code x}, ...): the Content-Security-Policy forbids inline styles.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder(4096);

    /**
     * A drawing {@code width} x {@code height} units that scales to its box, described for screen
     * readers by {@code label}.
     */
    Svg(double width, double height, String cssClass, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        attributes("viewBox", "0 0 " + Html.coordinate(width) + " " + Html.coordinate(height));
        attributes("class", cssClass, "role", "img", "aria-label", label);
        out.append('>');
    }

    /** Opens {@code name} with attribute name/value pairs; numbers are written as coordinates. */
    Svg open(String name, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element with no content. */
    Svg empty(String name, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** A {@code text} element at (x, y) saying {@code text}. */
    Svg text(double x, double y, String text, Object... attributes) {
        open("text", prepend(attributes, "x", x, "y", y));
        out.append(Html.escape(text));
        return close("text");
    }

    /** The tooltip of the enclosing element. */
    Svg title(String text) {
        out.append("<title>").append(Html.escape(text)).append("</title>");
        return this;
    }

    /** The finished drawing. */
    @Override
    public String toString() {
        return out + "</svg>";
    }

    private void attributes(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            String text =
                    value instanceof Number n ? Html.coordinate(n.doubleValue()) : value.toString();
            out.append(' ').append(pairs[i]).append("=\"").append(Html.escape(text)).append('"');
        }
    }

    private static Object[] prepend(Object[] attributes, Object... first) {
        Object[] all = new Object[first.length + attributes.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(attributes, 0, all, first.length, attributes.length);
        return all;
    }
}
