package io.digitpad.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digitpad.data.PenDigits;
import io.digitpad.drawing.WrittenNumbers;
import io.digitpad.drawing.WrittenNumbers.WrittenNumber;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/read}: whole numbers over real HTTP, as strokes and as images. */
class ReadApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_number_sent_as_strokes_answers_the_number_digit_by_digit() throws Exception {
        WrittenNumber number =
                WrittenNumbers.ofPenDigits(PenDigits.bundled().validationWriters(), 5, 6, 90210);
        JsonNode answer =
                read(
                        "application/json",
                        StrokeApiTest.strokesJson(number.ink(), true).getBytes(UTF_8));

        assertThat(answer.get("number").asText()).isEqualTo(number.text());
        assertThat(answer.get("status").asText()).isIn("number", "not_sure");
        assertThat(answer.get("digits")).hasSize(5);
        int lastRight = 0;
        for (JsonNode digit : answer.get("digits")) {
            JsonNode box = digit.get("box");
            assertThat(box.get("x").asInt()).isGreaterThanOrEqualTo(lastRight - 40);
            lastRight = box.get("x").asInt() + box.get("width").asInt();
            assertThat(digit.get("confidence").asDouble()).isBetween(0.0, 100.0);
            assertThat(digit.get("probabilities")).hasSize(10);
            assertThat(digit.get("input").asText()).startsWith("data:image/png;base64,");
        }
    }

    @Test
    void a_number_in_a_png_is_read_too() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("samples", "number-74842.png"));

        assertThat(read("image/png", png).get("number").asText()).isEqualTo("74842");
        String dataUrl = "{\"image\": \"" + Canvases.dataUrl(png) + "\"}";
        assertThat(read("application/json", dataUrl.getBytes(UTF_8)).get("number").asText())
                .isEqualTo("74842");
    }

    @Test
    void a_blank_canvas_is_no_digit_and_an_empty_number() throws Exception {
        JsonNode answer =
                read(
                        "application/json",
                        "{\"strokes\": [], \"width\": 1200, \"height\": 400}".getBytes(UTF_8));

        assertThat(answer.get("status").asText()).isEqualTo("no_digit");
        assertThat(answer.get("number").asText()).isEmpty();
        assertThat(answer.get("digits")).isEmpty();
    }

    @Test
    void bad_strokes_get_the_same_clear_400_as_for_one_digit() throws Exception {
        HttpResponse<String> response =
                server.post(
                        "/api/read",
                        "application/json",
                        "{\"strokes\": [[]], \"width\": 1200, \"height\": 400}".getBytes(UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("stroke 0 has no points");
    }

    private static JsonNode read(String type, byte[] body) throws Exception {
        HttpResponse<String> response = server.post("/api/read", type, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
