package io.digitpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests whose framing or headers are broken, written byte for byte on a socket: malformed
 * chunked bodies and charsets nobody can decode are the client's fault, answered with a 4xx JSON
 * error that says what was wrong, and the server goes on serving.
 */
class MalformedRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_BODY = "{\"image\":\"aGVsbG8=\"}";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Arguments> malformed_chunked_bodies() {
        return List.of(
                chunked("a chunk size that is not hex", "zz\r\n{}\r\n0\r\n\r\n"),
                chunked("a negative chunk size", "-5\r\n{}\r\n0\r\n\r\n"),
                chunked(
                        "a chunk size overflowing 64 bits",
                        "1ffffffffffffffffff\r\n{}\r\n0\r\n\r\n"),
                chunked(
                        "a 100 KB chunk extension",
                        "2;ext=" + "x".repeat(100_000) + "\r\n{}\r\n0\r\n\r\n"),
                chunked("no CRLF after a chunk", "2\r\n{}XX0\r\n\r\n"),
                chunked("a body that says chunked but is not", JSON_BODY),
                chunked("a chunk size with a space inside", "1 2\r\n{}\r\n0\r\n\r\n"),
                chunked("a chunk longer than its size", "1\r\n{}\r\n0\r\n\r\n"),
                Arguments.of(
                        "chunked and Content-Length together",
                        "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 2\r\n"
                                + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
                Arguments.of(
                        "chunked applied twice",
                        "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                + "Content-Type: application/json\r\n"
                                + "Transfer-Encoding: chunked, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
                Arguments.of(
                        "an unknown transfer coding",
                        "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                + "Content-Type: application/json\r\n"
                                + "Transfer-Encoding: rot13\r\n\r\n{}"),
                Arguments.of(
                        "a Content-Length that is not a number",
                        "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 1x\r\n\r\n{}"));
    }

    /** Well-formed variants of chunking: they reach the API and get its ordinary answer. */
    static List<Arguments> well_formed_chunked_bodies() {
        return List.of(
                chunked("chunk sizes with leading zeros", "0002\r\n{}\r\n0000\r\n\r\n"),
                chunked("upper-case hex chunk sizes", "00B\r\n{\"image\":1}\r\n0\r\n\r\n"),
                chunked("a chunk extension", "2;name=value\r\n{}\r\n0\r\n\r\n"),
                chunked("a trailer after the last chunk", "2\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n"),
                chunked("the body in one-byte chunks", "1\r\n{\r\n1\r\n}\r\n0\r\n\r\n"));
    }

    static List<Arguments> unusable_charsets() {
        return List.of(
                typed("application/json; charset=xyz-unknown", JSON_BODY),
                typed("application/json; charset=\"illegal name!\"", JSON_BODY),
                typed("application/json; charset=", JSON_BODY),
                typed("application/json; charset=utf-16", JSON_BODY),
                typed("application/json; charset=x-nonexistent; charset=utf-8", JSON_BODY));
    }

    /** A charset on an image type means nothing; the image is read as bytes whatever it says. */
    static List<Arguments> charsets_on_image_types() {
        return List.of(
                typed("image/png; charset=unknown", "not a png"),
                typed("image/jpeg; charset=\"illegal name!\"", "not a jpeg"),
                typed("image/gif; charset=utf-8", "not a gif"),
                typed("image/bmp; charset=xyz", "not a bmp"),
                typed("application/octet-stream; charset=xyz", "not an image"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed_chunked_bodies")
    void a_malformed_body_is_a_400_json_error(String name, String request) throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server.port(), request);

        assertClientError(answer);
        assertThat(answer.status()).as(answer.toString()).isIn(400, 413, 501);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("well_formed_chunked_bodies")
    void a_well_formed_chunked_body_gets_the_api_answer(String name, String request)
            throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server.port(), request);

        assertClientError(answer);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).contains("\"image\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusable_charsets")
    void a_json_body_in_a_charset_other_than_utf_8_is_a_415_naming_it(
            String contentType, String request) throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server.port(), request);

        assertClientError(answer);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).contains("UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charsets_on_image_types")
    void a_charset_on_an_image_type_is_ignored(String contentType, String request)
            throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server.port(), request);

        assertClientError(answer);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).contains("image");
    }

    @AfterEach
    void the_server_still_answers() throws Exception {
        assertThat(RawHttp.get(server.port(), "/health").status()).isEqualTo(200);
    }

    private static void assertClientError(RawHttp.Answer answer) throws Exception {
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(answer.body()).get("error").asText())
                .isNotBlank()
                .isNotEqualTo("internal server error");
    }

    private static Arguments chunked(String name, String body) {
        return Arguments.of(
                name,
                "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + body);
    }

    private static Arguments typed(String contentType, String body) {
        return Arguments.of(
                contentType,
                "POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
                        + contentType
                        + "\r\nContent-Length: "
                        + body.length()
                        + "\r\n\r\n"
                        + body);
    }
}
