package io.digitpad.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON API over real HTTP, with the shipped model. */
class PredictApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;
    private static MnistSet test;

    @BeforeAll
    static void start() {
        test = TestData.mnist().test();
        server =
                new RunningServer(
                        ServerSettings.defaults()
                                .withMaxBodyBytes(200_000)
                                .withMaxConcurrentRecognitions(4));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void json_data_url_of_a_drawn_digit_answers_that_digit() throws Exception {
        byte[] png = Canvases.png(test, 0, 300, 40, 60, "png");
        JsonNode answer = predictJson("{\"image\": \"" + Canvases.dataUrl(png) + "\"}");

        assertThat(answer.get("status").asText()).isEqualTo("digit");
        assertThat(answer.get("digit").asInt()).isEqualTo(test.label(0));
        assertThat(answer.get("confidence").asDouble()).isBetween(50.0, 100.0);
        assertThat(answer.get("probabilities")).hasSize(10);
        assertThat(answer.get("input").asText()).startsWith("data:image/png;base64,");
    }

    @Test
    void confidence_is_the_highest_probability_times_100() throws Exception {
        byte[] png = Canvases.png(test, 1, 200, 0, 0, "png");
        JsonNode answer = predictJson("{\"image\": \"" + Canvases.dataUrl(png) + "\"}");

        double max = 0;
        double sum = 0;
        for (JsonNode p : answer.get("probabilities")) {
            max = Math.max(max, p.asDouble());
            sum += p.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(answer.get("confidence").asDouble())
                .isCloseTo(max * 100, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(answer.get("probabilities").get(answer.get("digit").asInt()).asDouble())
                .isEqualTo(max);
    }

    @Test
    void raw_png_and_jpeg_bodies_are_recognised() throws Exception {
        for (String format : List.of("png", "jpeg")) {
            byte[] image = Canvases.png(test, 2, 250, 120, 10, format);
            HttpResponse<String> response = server.post("/api/predict", "image/" + format, image);

            assertThat(response.statusCode()).as(format).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("digit").asInt())
                    .as(format)
                    .isEqualTo(test.label(2));
        }
    }

    @Test
    void blank_drawing_answers_200_with_no_digit_and_a_message() throws Exception {
        JsonNode answer =
                predictJson("{\"image\": \"" + Canvases.dataUrl(Canvases.blank()) + "\"}");

        assertThat(answer.get("status").asText()).isEqualTo("no_digit");
        assertThat(answer.get("digit").isNull()).isTrue();
        assertThat(answer.get("message").asText()).containsIgnoringCase("no digit");
    }

    @Test
    void model_card_and_health_are_served() throws Exception {
        JsonNode card = JSON.readTree(server.get("/api/model").body());
        assertThat(card.get("parameters").asLong()).isEqualTo(225_034);
        assertThat(card.get("testAccuracy").asDouble()).isGreaterThanOrEqualTo(0.992);

        HttpResponse<String> health = server.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void page_is_served_with_the_canvas_and_security_headers() throws Exception {
        HttpResponse<String> page = server.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<canvas", "width=\"400\"", "Recognise");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    static List<Arguments> bad_requests() {
        byte[] png = Canvases.png(TestData.mnist().test(), 0, 200, 0, 0, "png");
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);
        return List.of(
                Arguments.of("not JSON", "application/json", "{bad".getBytes(UTF_8), 400, "JSON"),
                Arguments.of(
                        "a JSON array", "application/json", "[1,2]".getBytes(UTF_8), 400, "object"),
                Arguments.of(
                        "no image field", "application/json", "{}".getBytes(UTF_8), 400, "image"),
                Arguments.of(
                        "image is a number",
                        "application/json",
                        "{\"image\": 5}".getBytes(UTF_8),
                        400,
                        "string"),
                Arguments.of(
                        "not base64",
                        "application/json",
                        "{\"image\": \"data:image/png;base64,@@@\"}".getBytes(UTF_8),
                        400,
                        "base64"),
                Arguments.of(
                        "base64 of text",
                        "application/json",
                        "{\"image\": \"aGVsbG8gd29ybGQ=\"}".getBytes(UTF_8),
                        400,
                        "not an image"),
                Arguments.of("truncated PNG", "image/png", truncated, 400, "corrupt"),
                Arguments.of("empty body", "image/png", new byte[0], 400, "empty"),
                Arguments.of("wrong content type", "text/plain", png, 415, "Content-Type"),
                Arguments.of("no content type", null, png, 415, "Content-Type"),
                Arguments.of("body over the limit", "image/png", new byte[300_000], 413, "limit"),
                Arguments.of(
                        "PNG declaring 50,000 x 50,000 pixels",
                        "image/png",
                        pngHeaderOnly(50_000, 50_000),
                        400,
                        "limit"));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("bad_requests")
    void bad_input_gets_a_4xx_json_error_saying_what_was_wrong(
            String what, String contentType, byte[] body, int status, String mentions)
            throws Exception {
        HttpResponse<String> response = server.post("/api/predict", contentType, body);

        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).containsIgnoringCase(mentions);
        assertThat(response.body()).doesNotContain("Exception", "at io.", "/work/");
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void unknown_paths_and_methods_get_json_errors() throws Exception {
        HttpResponse<String> missing = server.get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).has("error")).isTrue();

        HttpResponse<String> wrongMethod = server.get("/api/predict");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(wrongMethod.body()).has("error")).isTrue();
    }

    private static JsonNode predictJson(String body) throws Exception {
        HttpResponse<String> response =
                server.post("/api/predict", "application/json", body.getBytes(UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A PNG signature and a valid IHDR chunk claiming {@code width x height}, and no pixels. */
    static byte[] pngHeaderOnly(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(UTF_8)).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
