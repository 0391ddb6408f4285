package io.digitpad.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the digits of a single-stroke SVG font (www.w3.org/TR/SVG11/fonts.html): {@code <glyph
 * unicode="0" d="M 466 583 L 432 608 ..."/>} in font units with y growing upwards, which is turned
 * to y growing downwards like the Hershey data and the canvas.
 *
 * <p>The files start with a DOCTYPE naming the SVG 1.1 DTD on the web; the parser never loads it
 * nor any other external entity, so reading needs no network and a file cannot make it read others.
 */
final class SvgFontReader {
    /** The default handler prints "[Fatal Error]" to stderr as well as throwing. */
    private static final ErrorHandler FAIL_ON_ERROR =
            new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            };

    private SvgFontReader() {}

    /** The font's digits, named by its {@code font-face}'s {@code font-family}. */
    static StrokeFont read(Path file) {
        Document svg = parse(file);
        Element face = first(svg, "font-face");
        String name = face == null ? "" : face.getAttribute("font-family").strip();
        if (name.isEmpty()) {
            throw new DataException(file + ": no <font-face> with a font-family");
        }
        String[] paths = new String[10];
        NodeList glyphs = svg.getElementsByTagNameNS("*", "glyph");
        for (int i = 0; i < glyphs.getLength(); i++) {
            Element glyph = (Element) glyphs.item(i);
            String unicode = glyph.getAttribute("unicode");
            if (unicode.length() == 1 && unicode.charAt(0) >= '0' && unicode.charAt(0) <= '9') {
                int digit = unicode.charAt(0) - '0';
                if (paths[digit] != null) {
                    throw new DataException(file + ": two glyphs for '" + digit + "'");
                }
                paths[digit] = glyph.getAttribute("d");
            }
        }
        List<List<double[]>> digits = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            if (paths[d] == null) {
                throw new DataException(file + ": no glyph for '" + d + "'");
            }
            digits.add(strokes(file, d, paths[d]));
        }
        return new StrokeFont(name, StrokeFont.Family.EMS, digits);
    }

    private static List<double[]> strokes(Path file, int digit, String path) {
        List<double[]> strokes;
        try {
            strokes = SvgPathData.parse(path);
        } catch (IllegalArgumentException e) {
            throw new DataException(file + ": glyph '" + digit + "': " + e.getMessage(), e);
        }
        if (strokes.isEmpty()) {
            throw new DataException(file + ": glyph '" + digit + "' draws nothing");
        }
        for (double[] stroke : strokes) {
            for (int i = 1; i < stroke.length; i += 2) {
                // Not -y: that turns 0 into -0.0, which differs from 0 in Arrays.equals.
                stroke[i] = 0.0 - stroke[i];
            }
        }
        return strokes;
    }

    private static Element first(Document svg, String tag) {
        NodeList found = svg.getElementsByTagNameNS("*", tag);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ERROR);
            return builder.parse(file.toFile());
        } catch (SAXException e) {
            throw new DataException(file + ": not a readable SVG font (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    /** A parser that reads only the file itself (OWASP's XXE prevention settings for the JDK). */
    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
