package io.digitpad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gets the image bytes out of a prediction request: either the paper's JSON {@code {"image":
 * "data:image/png;base64,..."}} or a raw image body.
 */
final class ImageUpload {
    /** Content types accepted as a raw image body. */
    static final Set<String> IMAGE_TYPES =
            Set.of("image/png", "image/jpeg", "image/gif", "image/bmp", "application/octet-stream");

    private static final Set<String> UTF_8_NAMES = Set.of("utf-8", "utf8");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ImageUpload() {}

    /** The image bytes of a request with {@code contentType} and {@code body}. */
    static byte[] imageBytes(String contentType, byte[] body) {
        String type = mediaType(contentType);
        if (type.equals("application/json")) {
            requireUtf8(contentType);
            return fromJson(body);
        }
        if (IMAGE_TYPES.contains(type)) {
            return body;
        }
        throw new BadRequestException(
                415,
                (type.isEmpty() ? "no Content-Type" : "unsupported Content-Type " + type)
                        + ": send application/json {\"image\": \"data:image/png;base64,...\"}"
                        + " or a raw image/png, image/jpeg, image/gif or image/bmp body");
    }

    private static byte[] fromJson(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(400, "the body is not valid JSON");
        } catch (java.io.IOException e) {
            throw new BadRequestException(400, "the body cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException(
                    400, "expected a JSON object {\"image\": \"data:image/png;base64,...\"}");
        }
        JsonNode image = root.get("image");
        if (image == null || image.isNull()) {
            throw new BadRequestException(400, "the JSON has no \"image\" field");
        }
        if (!image.isTextual()) {
            throw new BadRequestException(
                    400, "\"image\" must be a string: a data URL or base64 image data");
        }
        return decodeDataUrl(image.textValue());
    }

    /** Decodes {@code data:image/png;base64,...} or bare base64. */
    static byte[] decodeDataUrl(String value) {
        String data = value.strip();
        if (data.startsWith("data:")) {
            int comma = data.indexOf(',');
            if (comma < 0
                    || !data.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                throw new BadRequestException(
                        400,
                        "\"image\" is a data URL but not a base64 one (data:image/png;base64,...)");
            }
            data = data.substring(comma + 1);
        }
        if (data.isEmpty()) {
            throw new BadRequestException(400, "\"image\" is empty");
        }
        try {
            // Strict decoding, but tolerant of line breaks (the base64 tool wraps at 76 columns).
            return Base64.getDecoder().decode(WHITESPACE.matcher(data).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(400, "\"image\" is not valid base64");
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
                throw new BadRequestException(
                        415,
                        "JSON must be sent as UTF-8; charset \""
                                + printable(charset)
                                + "\" is not accepted");
            }
        }
    }

    /** At most 40 printable ASCII characters of what the client sent, for an error message. */
    private static String printable(String text) {
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
