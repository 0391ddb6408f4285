package io.digitpad.web;

import java.math.BigDecimal;
import java.util.Locale;

/** Escaping and number formats for the pages the server writes itself. */
final class Html {
    private Html() {}

    /** {@code text} safe inside an element or a quoted attribute; null becomes empty. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A 0-1 fraction as a percentage, e.g. {@code percent(0.9956, 2)} is "99.56%". */
    static String percent(double fraction, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", fraction * 100);
    }

    /** A count with thousands separators: "10,000". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A coordinate or size for SVG: at most two decimals, no locale. */
    static String coordinate(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
    }

    /** A hyperparameter as a person writes it: "0.001", "0.999", "1e-08". */
    static String plain(float value) {
        if (value != 0 && Math.abs(value) < 1e-4) {
            return String.format(Locale.ROOT, "%.0e", value);
        }
        return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
    }
}
