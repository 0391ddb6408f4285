package io.digitpad.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Malformed and hostile bodies for {@code POST /api/predict}, the same list for the same seed:
 * random bytes, damaged and oversized images, odd pixel formats, wrong JSON, wrong base64, wrong
 * content types and bodies just over the size limit.
 */
final class HostilePayloads {
    private static final String[] IMAGE_FORMATS = {"png", "jpeg", "gif", "bmp"};
    private static final String[] CONTENT_TYPES = {
        "image/png", "image/jpeg", "image/gif", "image/bmp", "application/octet-stream"
    };

    /**
     * One request body.
     *
     * @param name what the payload is, for failure messages
     * @param contentType the Content-Type header, or null for none
     * @param body the bytes sent
     * @param chunked sent without Content-Length (chunked), so only the server's reading limit
     *     stops it
     */
    record Payload(String name, String contentType, byte[] body, boolean chunked) {
        Payload(String name, String contentType, byte[] body) {
            this(name, contentType, body, false);
        }

        @Override
        public String toString() {
            return name + " (" + contentType + ", " + body.length + " bytes)";
        }
    }

    private final Random random;
    private final long maxBodyBytes;
    private final List<Payload> payloads = new ArrayList<>();

    private HostilePayloads(long seed, long maxBodyBytes) {
        this.random = new Random(seed);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Every payload, generated from {@code seed} for a server accepting {@code maxBodyBytes}. */
    static List<Payload> generate(long seed, long maxBodyBytes) {
        HostilePayloads generator = new HostilePayloads(seed, maxBodyBytes);
        generator.randomBytes();
        generator.damagedImages();
        generator.hugeDimensions();
        generator.tinyAndOddImages();
        generator.wrongJson();
        generator.wrongBase64();
        generator.wrongContentTypes();
        generator.oversizedBodies();
        return List.copyOf(generator.payloads);
    }

    /** A 96x96 black-on-white 7, drawn with a thick stroke. */
    static BufferedImage drawnSeven(int imageType) {
        BufferedImage image = new BufferedImage(96, 96, imageType);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 96, 96);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {20, 76, 52, 38}, new int[] {12, 12, 50, 86}, 4);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer for this image type");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void add(String name, String contentType, byte[] body) {
        payloads.add(new Payload(name, contentType, body));
    }

    private void addJson(String name, String json) {
        add(name, "application/json", json.getBytes(UTF_8));
    }

    private void addImageField(String name, String value) {
        addJson(name, "{\"image\": \"" + value + "\"}");
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private String contentTypeAt(int i) {
        return CONTENT_TYPES[i % CONTENT_TYPES.length];
    }

    private void randomBytes() {
        for (int i = 0; i < 150; i++) {
            add("random bytes #" + i, contentTypeAt(i), randomBytes(random.nextInt(4096)));
        }
        byte[][] magics = {
            {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            "GIF89a".getBytes(ISO_8859_1),
            "BM".getBytes(ISO_8859_1)
        };
        for (int i = 0; i < 100; i++) {
            byte[] magic = magics[i % magics.length];
            byte[] body = randomBytes(magic.length + random.nextInt(2048));
            System.arraycopy(magic, 0, body, 0, magic.length);
            add("random bytes after an image signature #" + i, contentTypeAt(i), body);
        }
        for (int i = 0; i < 50; i++) {
            String base64 = Base64.getEncoder().encodeToString(randomBytes(random.nextInt(1024)));
            addImageField("base64 of random bytes #" + i, "data:image/png;base64," + base64);
        }
    }

    private void damagedImages() {
        for (String format : IMAGE_FORMATS) {
            byte[] good = encode(drawnSeven(BufferedImage.TYPE_INT_RGB), format);
            String type = "image/" + format;
            for (int i = 0; i < 40; i++) {
                int length = random.nextInt(good.length);
                add(
                        format + " truncated to " + length + " bytes",
                        type,
                        Arrays.copyOf(good, length));
            }
            for (int i = 0; i < 60; i++) {
                byte[] flipped = good.clone();
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                add(format + " with " + flips + " bits flipped #" + i, type, flipped);
            }
            for (int i = 0; i < 20; i++) {
                byte[] overwritten = good.clone();
                int from = random.nextInt(overwritten.length);
                int to = Math.min(overwritten.length, from + 1 + random.nextInt(64));
                byte value = i % 2 == 0 ? 0 : (byte) 0xFF;
                Arrays.fill(overwritten, from, to, value);
                add(format + " with bytes " + from + "-" + to + " overwritten", type, overwritten);
            }
            for (int i = 0; i < 10; i++) {
                byte[] flipped = good.clone();
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                String url =
                        "data:image/"
                                + format
                                + ";base64,"
                                + Base64.getEncoder().encodeToString(flipped);
                addImageField(format + " data URL with a bit flipped #" + i, url);
            }
        }
    }

    private void hugeDimensions() {
        int[][] sizes = {
            {50_000, 50_000},
            {1, 100_000_000},
            {100_000_000, 1},
            {65_535, 65_535},
            {4097, 4096},
            {Integer.MAX_VALUE, Integer.MAX_VALUE},
            {0x8000_0000, 1},
            {1, -1}
        };
        for (int[] size : sizes) {
            String dims = size[0] + " x " + size[1];
            add("PNG header declaring " + dims, "image/png", png(size[0], size[1], 8, 0, 1, 4096));
            add(
                    "16-bit RGBA PNG declaring " + dims,
                    "image/png",
                    png(size[0], size[1], 16, 6, 8, 4096));
            add("BMP header declaring " + dims, "image/bmp", bmp(size[0], size[1], 24, 0));
            add("BMP declaring " + dims + " top-down", "image/bmp", bmp(size[0], -size[1], 24, 0));
            add("RLE8 BMP declaring " + dims, "image/bmp", bmp(size[0], size[1], 8, 1));
            add("GIF declaring " + dims, "image/gif", gif(size[0], size[1]));
            add("JPEG patched to " + dims, "image/jpeg", jpegWithSize(size[0], size[1]));
            add("real PNG pixels under an IHDR of " + dims, "image/png", pngWithSize(size));
        }
        // Exactly at the 4096 x 4096 pixel limit: small on the wire, large once decoded.
        add("4096 x 4096 grey PNG bomb", "image/png", whitePng(4096, 4096, 8, 0, 1));
        add("4096 x 4096 16-bit RGBA PNG bomb", "image/png", whitePng(4096, 4096, 16, 6, 8));
        add("16,777,216 x 1 grey PNG", "image/png", whitePng(16_777_216, 1, 8, 0, 1));
    }

    private void tinyAndOddImages() {
        for (int[] size : new int[][] {{0, 0}, {0, 1}, {1, 0}}) {
            String dims = size[0] + " x " + size[1];
            add(dims + " PNG", "image/png", whitePng(size[0], size[1], 8, 0, 1));
            add(dims + " BMP", "image/bmp", bmp(size[0], size[1], 24, 0));
            add(dims + " GIF", "image/gif", gif(size[0], size[1]));
            add(dims + " JPEG", "image/jpeg", jpegWithSize(size[0], size[1]));
        }
        for (String format : IMAGE_FORMATS) {
            for (int rgb : new int[] {0xFFFFFF, 0x000000}) {
                BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
                pixel.setRGB(0, 0, rgb);
                add("1 x 1 " + format + " #" + rgb, "image/" + format, encode(pixel, format));
            }
            add(
                    "1 x 1000 " + format,
                    "image/" + format,
                    encode(new BufferedImage(1, 1000, BufferedImage.TYPE_INT_RGB), format));
        }
        add("16-bit grey PNG", "image/png", encode(convert(BufferedImage.TYPE_USHORT_GRAY), "png"));
        add("8-bit grey PNG", "image/png", encode(convert(BufferedImage.TYPE_BYTE_GRAY), "png"));
        add("1-bit PNG", "image/png", encode(convert(BufferedImage.TYPE_BYTE_BINARY), "png"));
        add("palette PNG", "image/png", encode(convert(BufferedImage.TYPE_BYTE_INDEXED), "png"));
        add("ARGB PNG", "image/png", encode(convert(BufferedImage.TYPE_INT_ARGB), "png"));
        add("grey JPEG", "image/jpeg", encode(convert(BufferedImage.TYPE_BYTE_GRAY), "jpeg"));
        add("palette GIF", "image/gif", encode(convert(BufferedImage.TYPE_BYTE_INDEXED), "gif"));
        add("1-bit BMP", "image/bmp", encode(convert(BufferedImage.TYPE_BYTE_BINARY), "bmp"));
        add("16-bit BMP", "image/bmp", encode(convert(BufferedImage.TYPE_USHORT_565_RGB), "bmp"));
        add("grey + alpha PNG", "image/png", encode(greyAlpha(8), "png"));
        add("16-bit grey + alpha PNG", "image/png", encode(greyAlpha(16), "png"));
        add("16-bit RGBA PNG", "image/png", encode(rgba16(), "png"));
        add("transparent PNG with opaque ink", "image/png", encode(inkOnTransparent(), "png"));
        add("fully transparent PNG", "image/png", encode(fullyTransparent(), "png"));
        add("interlaced PNG", "image/png", interlacedPng());
        add("CMYK-ish JPEG", "image/jpeg", fourChannelJpeg());
        add("PNG without IEND", "image/png", withoutEnd());
    }

    private void wrongJson() {
        String[] shapes = {
            "",
            " ",
            "null",
            "true",
            "5",
            "-0.0e-999",
            "1e1000000",
            "\"image\"",
            "[]",
            "[1,2]",
            "[{\"image\": \"x\"}]",
            "{}",
            "{\"image\": null}",
            "{\"image\": 5}",
            "{\"image\": true}",
            "{\"image\": []}",
            "{\"image\": [\"data:image/png;base64,AAAA\"]}",
            "{\"image\": {\"image\": \"AAAA\"}}",
            "{\"image\": \"\"}",
            "{\"image\": \"   \"}",
            "{\"IMAGE\": \"AAAA\"}",
            "{\"image\": \"AAAA\", \"image\": 5}",
            "{\"image\": \"AAAA\"} x",
            "{\"image\": \"AAAA\"}{}",
            "{\"image\": \"AAAA\"",
            "{\"image\": \"AAAA}",
            "{'image': 'AAAA'}",
            "{image: \"AAAA\"}",
            "{\"image\": NaN}",
            "{\"image\": \"\\u0000\"}",
            "{\"image\": \"\\ud800\"}",
            "{\"image\": \"\\x41\"}",
            "/* comment */ {\"image\": \"AAAA\"}",
            "{\"image\": \"AAAA\",}",
            "\uFEFF{\"image\": \"AAAA\"}",
            "{\"a\":" + "1".repeat(5000) + "}"
        };
        for (int i = 0; i < shapes.length; i++) {
            addJson("JSON shape #" + i + " " + abbreviate(shapes[i]), shapes[i]);
        }
        addJson("100,000 nested arrays", "[".repeat(100_000));
        addJson("100,000 closed nested arrays", "[".repeat(100_000) + "]".repeat(100_000));
        addJson("50,000 nested objects", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
        addJson(
                "image inside 10,000 nested objects",
                "{\"image\":".repeat(10_000) + "\"AAAA\"" + "}".repeat(10_000));
        addJson("1 MB key", "{\"" + "k".repeat(1_000_000) + "\": 1}");
        addJson("4 MB image string of A", "{\"image\": \"" + "A".repeat(4_000_000) + "\"}");
        addJson("4 MB image string of !", "{\"image\": \"" + "!".repeat(4_000_000) + "\"}");
        addJson("100,000 fields", "{" + "\"f\":1,".repeat(100_000) + "\"image\":\"AAAA\"}");
        addJson("100,000 array items", "[" + "1,".repeat(100_000) + "1]");
        add(
                "UTF-16 JSON",
                "application/json",
                ("{\"image\": \"" + dataUrl(goodPng()) + "\"}").getBytes(UTF_16));
        byte[] invalidUtf8 = "{\"image\": \"\u00ff\u00fe\"}".getBytes(ISO_8859_1);
        add("invalid UTF-8 in a JSON string", "application/json", invalidUtf8);
        String[] tokens = {
            "{", "}", "[", "]", ":", ",", "\"image\"", "\"data:image/png;base64,\"", "\"AAAA\"",
                    "null",
            "true", "-1", "1e309", "\"", "\\", "\\u", " ", "\n", "\u00e9", "\u0000"
        };
        for (int i = 0; i < 100; i++) {
            StringBuilder json = new StringBuilder();
            int count = 1 + random.nextInt(40);
            for (int t = 0; t < count; t++) {
                json.append(tokens[random.nextInt(tokens.length)]);
            }
            addJson("JSON token soup #" + i, json.toString());
        }
    }

    private void wrongBase64() {
        String good = Base64.getEncoder().encodeToString(goodPng());
        String noPadding = good.replace("=", "");
        String[] values = {
            "data:image/png;base64,@@@@",
            "data:image/png;base64,AAA*",
            "data:image/png;base64," + good.substring(0, good.length() / 2) + "%" + good,
            "data:image/png;base64," + good + "=",
            "data:image/png;base64," + good + "==",
            "data:image/png;base64," + good + "A",
            "data:image/png;base64," + good + "AA",
            "data:image/png;base64," + noPadding.substring(0, noPadding.length() - 1),
            "data:image/png;base64,=" + good,
            "data:image/png;base64,====",
            "data:image/png;base64,A",
            "data:image/png;base64,AA",
            "data:image/png;base64,AAA",
            "data:image/png;base64,AA==AA==",
            "data:image/png;base64,",
            "data:image/png;base64," + good.replace('+', '-').replace('/', '_'),
            "data:image/png;base64," + good.replace('+', '.'),
            Base64.getUrlEncoder().encodeToString(randomBytes(300)) + "-_",
            "data:image/png;base64," + Base64.getMimeEncoder().encodeToString(goodPng()),
            "data:image/png;base64;base64," + good,
            "data:image/png," + good,
            "data:image/png;charset=utf-8," + good,
            "data:image/png;BASE64," + good,
            "data:image/png;base64",
            "data:;base64," + good,
            "data:,",
            "data:",
            "DATA:image/png;base64," + good,
            "data:text/html;base64,"
                    + Base64.getEncoder()
                            .encodeToString("<script>alert(1)</script>".getBytes(UTF_8)),
            "data:image/svg+xml;base64,"
                    + Base64.getEncoder()
                            .encodeToString(
                                    "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                                            .getBytes(UTF_8)),
            "data:application/javascript;base64,"
                    + Base64.getEncoder().encodeToString("alert(1)".getBytes(UTF_8)),
            "data:application/octet-stream;base64,"
                    + Base64.getEncoder().encodeToString(randomBytes(64)),
            "data:image/png;base64,%69%56%42%4f%52%77%30%4b%47%67%6f",
            "https://evil.example/digit.png",
            "http://169.254.169.254/latest/meta-data/",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "../../../../etc/passwd",
            "\\u0000" + good,
            "\\ud83d\\ude00" + good,
            good.replace("A", "\\u00c0")
        };
        for (int i = 0; i < values.length; i++) {
            addImageField("image value #" + i + " " + abbreviate(values[i]), values[i]);
        }
    }

    private void wrongContentTypes() {
        byte[] png = goodPng();
        byte[] json = ("{\"image\": \"" + dataUrl(png) + "\"}").getBytes(UTF_8);
        String[] types = {
            null,
            "",
            "text/plain",
            "text/html",
            "image/svg+xml",
            "image/webp",
            "image/tiff",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz",
            "application/json-patch+json",
            "application/jsonx",
            "*/*",
            "image/*",
            "image",
            "/",
            ";",
            "image/png; charset=utf-8",
            "IMAGE/PNG",
            " image/png ",
            "application/json; charset=utf-16",
            "application/json;;;;",
            "x".repeat(4000)
        };
        for (String type : types) {
            add("PNG sent as " + abbreviate(type), type, png);
            add("JSON sent as " + abbreviate(type), type, json);
        }
        add("JSON sent as image/png", "image/png", json);
        add("PNG sent as application/json", "application/json", png);
        String svg =
                "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>";
        add("SVG with an external entity as image/png", "image/png", svg.getBytes(UTF_8));
        add("SVG with an external entity as image/svg+xml", "image/svg+xml", svg.getBytes(UTF_8));
        String multipart =
                "--xyz\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n"
                        + new String(png, ISO_8859_1)
                        + "\r\n--xyz--\r\n";
        add(
                "multipart form with a PNG",
                "multipart/form-data; boundary=xyz",
                multipart.getBytes(ISO_8859_1));
        add(
                "form-encoded data URL",
                "application/x-www-form-urlencoded",
                ("image=" + java.net.URLEncoder.encode(dataUrl(png), UTF_8)).getBytes(UTF_8));
    }

    private void oversizedBodies() {
        int over = Math.toIntExact(maxBodyBytes + 1);
        add("zeros just over the limit", "image/png", new byte[over]);
        add("random bytes just over the limit", "application/octet-stream", randomBytes(over));
        byte[] bigPng = Arrays.copyOf(goodPng(), over);
        add("PNG padded to just over the limit", "image/png", bigPng);
        String prefix = "{\"image\": \"data:image/png;base64,";
        String padding = "A".repeat(over - prefix.length() - 2);
        addJson("JSON just over the limit", prefix + padding + "\"}");
        add("text just over the limit", "text/plain", new byte[over]);
        payloads.add(
                new Payload(
                        "chunked zeros just over the limit", "image/png", new byte[over], true));
        payloads.add(
                new Payload(
                        "chunked JSON just over the limit",
                        "application/json",
                        (prefix + padding + "\"}").getBytes(UTF_8),
                        true));
        payloads.add(new Payload("chunked PNG bit-flipped", "image/png", flipOne(goodPng()), true));
        add("zeros exactly at the limit", "image/png", new byte[Math.toIntExact(maxBodyBytes)]);
    }

    private byte[] flipOne(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[8 + random.nextInt(copy.length - 8)] ^= 0x10;
        return copy;
    }

    private static byte[] goodPng() {
        return encode(drawnSeven(BufferedImage.TYPE_INT_RGB), "png");
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** The drawn 7 in another image type. */
    private static BufferedImage convert(int imageType) {
        BufferedImage target = new BufferedImage(96, 96, imageType);
        Graphics2D g = target.createGraphics();
        g.drawImage(drawnSeven(BufferedImage.TYPE_INT_RGB), 0, 0, null);
        g.dispose();
        return target;
    }

    private static BufferedImage greyAlpha(int bits) {
        BufferedImage image =
                ImageTypeSpecifier.createGrayscale(
                                bits,
                                bits == 8 ? DataBuffer.TYPE_BYTE : DataBuffer.TYPE_USHORT,
                                false,
                                false)
                        .createBufferedImage(96, 96);
        copyGrey(image, (1 << bits) - 1, true);
        return image;
    }

    private static BufferedImage rgba16() {
        BufferedImage image =
                ImageTypeSpecifier.createInterleaved(
                                ColorSpace.getInstance(ColorSpace.CS_sRGB),
                                new int[] {0, 1, 2, 3},
                                DataBuffer.TYPE_USHORT,
                                true,
                                false)
                        .createBufferedImage(96, 96);
        copyGrey(image, 65_535, true);
        return image;
    }

    /** Copies the drawn 7 into every colour band of {@code image}, and makes it opaque. */
    private static void copyGrey(BufferedImage image, int max, boolean alphaLast) {
        BufferedImage seven = drawnSeven(BufferedImage.TYPE_INT_RGB);
        WritableRaster raster = image.getRaster();
        int bands = raster.getNumBands();
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                int grey = seven.getRGB(x, y) & 0xFF;
                for (int b = 0; b < bands; b++) {
                    boolean alpha = alphaLast && b == bands - 1;
                    raster.setSample(x, y, b, alpha ? max : grey * max / 255);
                }
            }
        }
    }

    private static BufferedImage inkOnTransparent() {
        BufferedImage seven = drawnSeven(BufferedImage.TYPE_INT_RGB);
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                boolean ink = (seven.getRGB(x, y) & 0xFF) < 128;
                image.setRGB(x, y, ink ? 0xFF000000 : 0x00FFFFFF);
            }
        }
        return image;
    }

    private static BufferedImage fullyTransparent() {
        return new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] interlacedPng() {
        return write(
                "png",
                drawnSeven(BufferedImage.TYPE_INT_RGB),
                param -> param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT));
    }

    /** Four-channel JPEG (written from a raster, so the writer marks it Adobe CMYK/YCCK). */
    private static byte[] fourChannelJpeg() {
        BufferedImage seven = drawnSeven(BufferedImage.TYPE_INT_RGB);
        WritableRaster raster =
                java.awt.image.Raster.createInterleavedRaster(
                        DataBuffer.TYPE_BYTE, 96, 96, 4, null);
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                int ink = 255 - (seven.getRGB(x, y) & 0xFF);
                raster.setPixel(x, y, new int[] {0, 0, 0, ink});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] write(
            String format, BufferedImage image, java.util.function.Consumer<ImageWriteParam> set) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            set.accept(param);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] withoutEnd() {
        byte[] png = goodPng();
        return Arrays.copyOf(png, png.length - 12);
    }

    /**
     * A PNG with valid CRCs whose IHDR declares {@code width x height}, followed by {@code
     * rawBytes} bytes of white scanlines (zlib compresses them to almost nothing).
     */
    static byte[] png(
            int width, int height, int bitDepth, int colourType, int bytesPerPixel, long rawBytes) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        long rowBytes = 1 + (long) Math.max(0, width) * bytesPerPixel;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib =
                new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED))) {
            // Whole scanlines, each filter type 0 and then white samples, written a block at a
            // time.
            int rowsPerBlock = (int) Math.max(1, (1 << 16) / rowBytes);
            byte[] block = new byte[(int) Math.min(rowsPerBlock * rowBytes, 1 << 16)];
            Arrays.fill(block, (byte) 0xFF);
            for (int r = 0; r < rowsPerBlock && r * rowBytes < block.length; r++) {
                block[(int) (r * rowBytes)] = 0;
            }
            long blockBytes = rowsPerBlock * rowBytes;
            byte[] white = block.clone();
            white[0] = (byte) 0xFF;
            for (long start = 0; start < rawBytes; start += blockBytes) {
                long end = Math.min(rawBytes, start + blockBytes);
                zlib.write(block, 0, (int) Math.min(end - start, block.length));
                for (long at = start + block.length; at < end; at += white.length) {
                    zlib.write(white, 0, (int) Math.min(end - at, white.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        pngChunk(out, "IHDR", ihdr.array());
        pngChunk(out, "IDAT", compressed.toByteArray());
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A complete white PNG of {@code width x height}, all its scanlines present. */
    private static byte[] whitePng(int width, int height, int bitDepth, int colourType, int bytes) {
        return png(width, height, bitDepth, colourType, bytes, height * (1 + (long) width * bytes));
    }

    /** The drawn 7 as a PNG whose IHDR (with a recomputed CRC) claims another size. */
    private static byte[] pngWithSize(int[] size) {
        byte[] png = goodPng();
        ByteBuffer.wrap(png, 16, 8).putInt(size[0]).putInt(size[1]);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        try {
            DataOutputStream chunk = new DataOutputStream(out);
            chunk.writeInt(data.length);
            chunk.write(name);
            chunk.write(data);
            chunk.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A BMP header declaring {@code width x height} (negative height: top-down), then 64 bytes. */
    private static byte[] bmp(int width, int height, int bitsPerPixel, int compression) {
        int palette = bitsPerPixel <= 8 ? 4 * (1 << bitsPerPixel) : 0;
        int offset = 14 + 40 + palette;
        ByteBuffer bmp = ByteBuffer.allocate(offset + 64).order(ByteOrder.LITTLE_ENDIAN);
        bmp.put((byte) 'B').put((byte) 'M').putInt(offset + 64).putInt(0).putInt(offset);
        bmp.putInt(40).putInt(width).putInt(height).putShort((short) 1);
        bmp.putShort((short) bitsPerPixel).putInt(compression).putInt(64);
        bmp.putInt(2835).putInt(2835).putInt(0).putInt(0);
        for (int i = 0; i < palette / 4; i++) {
            bmp.put((byte) i).put((byte) i).put((byte) i).put((byte) 0);
        }
        return bmp.array();
    }

    /** A GIF89a whose screen and one image both declare {@code width x height} (16 bits each). */
    private static byte[] gif(int width, int height) {
        ByteBuffer gif = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        gif.put("GIF89a".getBytes(ISO_8859_1));
        gif.putShort((short) width).putShort((short) height);
        gif.put((byte) 0x80).put((byte) 0).put((byte) 0); // 2-colour global table
        gif.put(new byte[] {0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        gif.put((byte) 0x2C).putShort((short) 0).putShort((short) 0);
        gif.putShort((short) width).putShort((short) height).put((byte) 0);
        gif.put((byte) 2).put((byte) 2).put((byte) 0x4C).put((byte) 0x01).put((byte) 0);
        gif.put((byte) 0x3B);
        return Arrays.copyOf(gif.array(), gif.position());
    }

    /** The drawn 7 as a JPEG whose SOF0 frame header claims another size (16 bits each). */
    private static byte[] jpegWithSize(int width, int height) {
        byte[] jpeg = encode(drawnSeven(BufferedImage.TYPE_INT_RGB), "jpeg");
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 marker in the JPEG the writer made");
    }
}
