package io.digitpad.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.digitpad.TestData;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server does to protect the page and itself: security headers on every answer, no version
 * banner, no files from outside the web folder, CORS only when configured, slow clients cut off,
 * and a request log without image data.
 */
class HardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;
    private static byte[] drawing;

    @BeforeAll
    static void start() {
        server = new RunningServer();
        drawing = Canvases.png(TestData.mnist().test(), 0, 300, 50, 50, "png");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Arguments> every_kind_of_answer() {
        byte[] png = Canvases.png(TestData.mnist().test(), 0, 300, 50, 50, "png");
        return List.of(
                Arguments.of("the page", "GET", "/", null, null, 200),
                Arguments.of("the script", "GET", "/app.js", null, null, 200),
                Arguments.of("the style sheet", "GET", "/app.css", null, null, 200),
                Arguments.of("health", "GET", "/health", null, null, 200),
                Arguments.of("the model card", "GET", "/api/model", null, null, 200),
                Arguments.of("an API result", "POST", "/api/predict", "image/png", png, 200),
                Arguments.of(
                        "an API error",
                        "POST",
                        "/api/predict",
                        "application/json",
                        "{}".getBytes(UTF_8),
                        400),
                Arguments.of(
                        "a wrong content type", "POST", "/api/predict", "text/plain", png, 415),
                Arguments.of("a missing page", "GET", "/no/such/page", null, null, 404),
                Arguments.of("a missing script", "GET", "/no-such.js", null, null, 404),
                Arguments.of("a wrong method", "GET", "/api/predict", null, null, 405));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every_kind_of_answer")
    void every_kind_of_answer_carries_the_security_headers(
            String what, String method, String path, String contentType, byte[] body, int status)
            throws Exception {
        HttpHeaders headers = send(method, path, contentType, body, status).headers();

        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp ->
                                assertThat(csp)
                                        .contains(
                                                "default-src 'self'",
                                                "script-src 'self'",
                                                "frame-ancestors 'none'")
                                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every_kind_of_answer")
    void no_answer_names_the_server_software_or_its_version(
            String what, String method, String path, String contentType, byte[] body, int status)
            throws Exception {
        HttpHeaders headers = send(method, path, contentType, body, status).headers();

        assertThat(headers.allValues("Server"))
                .allSatisfy(v -> assertThat(v).doesNotMatch(".*\\d.*"));
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "GET /%2e%2e/pom.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: {big}\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\nBad Header\r\n\r\n"
            })
    void answers_jetty_gives_before_javalin_are_json_with_the_security_headers(String request)
            throws Exception {
        RawHttp.Answer answer =
                RawHttp.exchange(server.port(), request.replace("{big}", "x".repeat(20_000)));

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(answer.body()).get("error").asText()).isNotBlank();
        assertThat(answer.headers().get("content-security-policy"))
                .contains("default-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(answer.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(answer.headers().get("x-frame-options")).isEqualTo("DENY");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/../pom.xml",
                "/../../pom.xml",
                "/..%2f..%2fpom.xml",
                "/%2e%2e/%2e%2e/pom.xml",
                "/%2e%2e%2f%2e%2e%2fpom.xml",
                "/%252e%252e/%252e%252e/pom.xml",
                "/..;/..;/pom.xml",
                "/.%2e/.%2e/pom.xml",
                "/..\\..\\pom.xml",
                "/%5c..%5c..%5cpom.xml",
                "/./../model/digitpad.params",
                "/model/digitpad.params",
                "/../model/digitpad.params",
                "/%2e%2e/model/digitpad.params",
                "/model/digitpad.card.json",
                "/io/digitpad/Digitpad.class",
                "/../io/digitpad/Digitpad.class",
                "/simplelogger.properties",
                "/../simplelogger.properties",
                "/%2e%2e/simplelogger.properties",
                "/web/index.html",
                "/web/../web/index.html",
                "/index.html/../../simplelogger.properties",
                "/app.js/../../model/digitpad.card.json",
                "//etc/passwd",
                "/../../../../../../etc/passwd",
                "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/META-INF/MANIFEST.MF",
                "/app.js%00.html",
                "/WEB-INF/web.xml"
            })
    void static_files_cannot_be_read_from_outside_the_web_folder(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.get(server.port(), target);

        assertThat(answer.status()).as(answer.toString()).isIn(400, 404);
        assertThat(answer.body())
                .doesNotContain(
                        "<project",
                        "DJL@",
                        "\u00ca\u00fe\u00ba\u00be",
                        "org.slf4j",
                        "testAccuracy",
                        "<canvas",
                        "root:",
                        "Manifest-Version");
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(answer.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void cors_is_off_by_default() throws Exception {
        HttpResponse<String> simple =
                server.send(
                        HttpRequest.newBuilder(URI.create(server.url("/api/predict")))
                                .header("Origin", "https://evil.example")
                                .header("Content-Type", "image/png")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(drawing))
                                .build());
        HttpResponse<String> preflight = preflight(server, "https://evil.example");

        assertThat(simple.statusCode()).isEqualTo(200);
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void the_request_log_names_method_path_status_and_time_but_not_the_image() throws Exception {
        String dataUrl = Canvases.dataUrl(drawing);
        byte[] body = ("{\"image\": \"" + dataUrl + "\"}").getBytes(UTF_8);
        String log =
                capturingStandardError(
                        () -> {
                            assertThat(
                                            server.post("/api/predict", "application/json", body)
                                                    .statusCode())
                                    .isEqualTo(200);
                            // The request log is written after the answer is sent.
                            Thread.sleep(300);
                        });

        assertThat(log).containsPattern("POST /api/predict 200 \\d+\\.\\d ms");
        assertThat(log)
                .doesNotContain("data:image")
                .doesNotContain(dataUrl.substring(22, 62))
                .doesNotContain(Base64.getEncoder().encodeToString(drawing).substring(100, 140));
    }

    @Test
    void the_request_log_cannot_be_forged_with_encoded_line_breaks() throws Exception {
        String log =
                capturingStandardError(
                        () -> {
                            server.get("/%0d%0aINFO%20WebServer%20-%20GET%20/forged%20200");
                            Thread.sleep(300);
                        });

        assertThat(log)
                .contains("GET /%0d%0aINFO")
                .doesNotContain("\nINFO WebServer - GET /forged");
    }

    /** CORS for {@code https://good.example} only. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithCorsForOneOrigin {
        private RunningServer corsServer;

        @BeforeAll
        void start() {
            corsServer =
                    new RunningServer(
                            ServerSettings.defaults()
                                    .withAllowedOrigins(List.of("https://good.example")));
        }

        @AfterAll
        void stop() {
            corsServer.close();
        }

        @Test
        void the_configured_origin_may_call_the_api() throws Exception {
            HttpResponse<String> simple = predictFrom("https://good.example");
            HttpResponse<String> preflight = preflight(corsServer, "https://good.example");

            assertThat(simple.statusCode()).isEqualTo(200);
            assertThat(simple.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("https://good.example");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("https://good.example");
        }

        @Test
        void other_origins_may_not() throws Exception {
            for (String origin :
                    List.of(
                            "https://evil.example",
                            "http://good.example",
                            "https://good.example.evil.example",
                            "null")) {
                assertThat(predictFrom(origin).headers().firstValue("Access-Control-Allow-Origin"))
                        .as(origin)
                        .isEmpty();
                assertThat(
                                preflight(corsServer, origin)
                                        .headers()
                                        .firstValue("Access-Control-Allow-Origin"))
                        .as("preflight from " + origin)
                        .isEmpty();
            }
        }

        private HttpResponse<String> predictFrom(String origin) throws Exception {
            return corsServer.send(
                    HttpRequest.newBuilder(URI.create(corsServer.url("/api/predict")))
                            .header("Origin", origin)
                            .header("Content-Type", "image/png")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(drawing))
                            .build());
        }
    }

    /** A one-second idle timeout, as a server facing slow or stalled clients would have. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithAOneSecondIdleTimeout {
        private RunningServer slowServer;

        @BeforeAll
        void start() {
            slowServer =
                    new RunningServer(
                            ServerSettings.defaults().withIdleTimeout(Duration.ofSeconds(1)));
        }

        @AfterAll
        void stop() {
            slowServer.close();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "POST /api/pre",
                    "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty",
                    "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\n"
                            + "Content-Length: 10000\r\n\r\n\u0089PNG\r\n"
                })
        void a_client_that_stops_sending_is_cut_off_within_the_idle_timeout(String partial)
                throws Exception {
            try (Socket socket = new Socket("127.0.0.1", slowServer.port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(partial.getBytes(ISO_8859_1));
                out.flush();
                long start = System.nanoTime();

                byte[] answer = RawHttp.readUntilClosed(socket.getInputStream());

                Duration open = Duration.ofNanos(System.nanoTime() - start);
                assertThat(open).isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
                assertThat(new String(answer, ISO_8859_1))
                        .as("nothing, or a JSON 408")
                        .satisfiesAnyOf(
                                text -> assertThat(text).isEmpty(),
                                text ->
                                        assertThat(text)
                                                .startsWith("HTTP/1.1 408")
                                                .endsWith("{\"error\":\"request timeout\"}"));
            }
        }

        @Test
        void a_client_trickling_its_body_is_cut_off_with_a_408_json_error() throws Exception {
            String head =
                    "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\n"
                            + "Content-Length: 10000\r\n\r\n";
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (Socket socket = new Socket("127.0.0.1", slowServer.port())) {
                socket.setSoTimeout(200);
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(ISO_8859_1));
                byte[] buffer = new byte[4096];
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                // Five bytes a second, never silent for the idle timeout: the body would take
                // half an hour.
                try {
                    for (int n = 0; n >= 0 && System.nanoTime() < deadline; ) {
                        out.write('x');
                        out.flush();
                        try {
                            n = socket.getInputStream().read(buffer);
                            answer.write(buffer, 0, Math.max(n, 0));
                        } catch (java.net.SocketTimeoutException stillOpen) {
                            n = 0;
                        }
                    }
                } catch (java.io.IOException closed) {
                    // The server closed the connection while we were still sending.
                }
            }

            RawHttp.Answer parsed = RawHttp.parse(answer.toByteArray());
            assertThat(parsed.status()).isEqualTo(408);
            assertThat(JSON.readTree(parsed.body()).get("error").asText()).isNotBlank();
        }
    }

    private static HttpResponse<String> send(
            String method, String path, String contentType, byte[] body, int status)
            throws Exception {
        HttpResponse<String> response =
                method.equals("GET") ? server.get(path) : server.post(path, contentType, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static HttpResponse<String> preflight(RunningServer target, String origin)
            throws Exception {
        return target.send(
                HttpRequest.newBuilder(URI.create(target.url("/api/predict")))
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build());
    }

    /** Something a test does while standard error is captured. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /**
     * What is written to {@code System.err} (where slf4j-simple logs) while {@code action} runs.
     */
    private static String capturingStandardError(Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(UTF_8);
        original.print(log);
        return log;
    }
}
