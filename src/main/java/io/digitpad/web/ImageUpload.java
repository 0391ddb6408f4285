package io.digitpad.web;

import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gets the drawing out of a prediction request: JSON (see {@link DrawingJson}) or a raw image body,
 * by its content type.
 */
final class ImageUpload {
    /** Content types accepted as a raw image body. */
    static final Set<String> IMAGE_TYPES =
            Set.of("image/png", "image/jpeg", "image/gif", "image/bmp", "application/octet-stream");

    private static final Set<String> UTF_8_NAMES = Set.of("utf-8", "utf8");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ImageUpload() {}

    /** The drawing in a request with {@code contentType} and {@code body}. */
    static Drawing drawing(String contentType, byte[] body) {
        String type = mediaType(contentType);
        if (type.equals("application/json")) {
            requireUtf8(contentType);
            return DrawingJson.read(body);
        }
        if (IMAGE_TYPES.contains(type)) {
            return new Drawing.EncodedImage(body);
        }
        throw new UnsupportedMediaTypeException(
                (type.isEmpty() ? "no Content-Type" : "unsupported Content-Type " + type)
                        + ": send application/json "
                        + DrawingJson.SHAPES
                        + ", or a raw image/png, image/jpeg, image/gif or image/bmp body");
    }

    /** Decodes {@code data:image/png;base64,...} or bare base64. */
    static byte[] decodeDataUrl(String value) {
        String data = value.strip();
        if (data.startsWith("data:")) {
            int comma = data.indexOf(',');
            if (comma < 0
                    || !data.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                throw new BadRequestException(
                        "\"image\" is a data URL but not a base64 one (data:image/png;base64,...)");
            }
            data = data.substring(comma + 1);
        }
        if (data.isEmpty()) {
            throw new BadRequestException("\"image\" is empty");
        }
        try {
            // Strict decoding, but tolerant of line breaks (the base64 tool wraps at 76 columns);
            // pages send none, and are spared the regular expression.
            boolean wrapped = data.chars().anyMatch(Character::isWhitespace);
            return Base64.getDecoder()
                    .decode(wrapped ? WHITESPACE.matcher(data).replaceAll("") : data);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("\"image\" is not valid base64");
        }
    }

    /**
     * JSON travels in UTF-8 (RFC 8259), so a charset parameter may only say so. On an image type a
     * charset means nothing and is ignored.
     */
    private static void requireUtf8(String contentType) {
        String[] parameters = contentType.split(";");
        for (int i = 1; i < parameters.length; i++) {
            String[] parameter = parameters[i].split("=", 2);
            if (!parameter[0].strip().equalsIgnoreCase("charset")) {
                continue;
            }
            String charset =
                    parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "").strip();
            if (!UTF_8_NAMES.contains(charset.toLowerCase(Locale.ROOT))) {
                throw new UnsupportedMediaTypeException(
                        "JSON must be sent as UTF-8; charset \""
                                + printable(charset)
                                + "\" is not accepted");
            }
        }
    }

    /** At most 40 printable ASCII characters of what the client sent, for an error message. */
    static String printable(String text) {
        String ascii = text.replaceAll("[^\\x20-\\x7e]", "?");
        return ascii.length() <= 40 ? ascii : ascii.substring(0, 40) + "...";
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
