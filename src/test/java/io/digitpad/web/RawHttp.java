package io.digitpad.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket, for requests {@code java.net.http} will not send as
 * they are (paths with {@code ..}, encoded dots and backslashes).
 */
final class RawHttp {
    private RawHttp() {}

    /**
     * An answer read to the end of the connection.
     *
     * @param status the status code
     * @param headers header names in lower case; the last value of a repeated header
     * @param body the body, de-chunked, as ISO-8859-1 so that binary content stays searchable
     */
    record Answer(int status, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            return status
                    + " "
                    + headers
                    + " "
                    + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    /** Sends {@code GET target} with {@code Connection: close} and reads the whole answer. */
    static Answer get(int port, String target) throws IOException {
        return exchange(
                port,
                "GET "
                        + target
                        + " HTTP/1.1\r\nHost: 127.0.0.1:"
                        + port
                        + "\r\nConnection: close\r\n\r\n");
    }

    /** Sends {@code request} exactly as given and reads the answer until the server closes. */
    static Answer exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /** Parses one complete answer, status line to end of body. */
    static Answer parse(byte[] raw) throws IOException {
        String text = new String(raw, ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(String chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                throw new IOException("truncated chunked body");
            }
            String size = chunked.substring(at, lineEnd).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return out.toString(ISO_8859_1);
            }
            out.writeBytes(
                    chunked.substring(lineEnd + 2, lineEnd + 2 + length).getBytes(ISO_8859_1));
            at = lineEnd + 2 + length + 2;
        }
    }

    /** Reads until the server closes the connection; the bytes read. */
    static byte[] readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // A reset is the server closing too.
        }
        return out.toByteArray();
    }
}
