package io.digitpad.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digitpad.data.PenDigit;
import io.digitpad.data.PenDigits;
import io.digitpad.drawing.PenDigitDrawings;
import io.digitpad.recognition.Ink;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/predict} with strokes, over real HTTP, with the shipped model. */
class StrokeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 20261206L;
    private static RunningServer server;
    private static PenDigits writers;

    @BeforeAll
    static void start() {
        writers = PenDigits.bundled().validationWriters();
        server = new RunningServer(ServerSettings.defaults().withMaxConcurrentRecognitions(4));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void strokes_and_the_png_they_paint_get_the_same_answer() throws Exception {
        // Strokes are painted where the ink is, at the size preprocessing works at; the PNG is
        // painted whole and shrunk to it. The two inputs differ in their anti-aliasing, not in
        // what they show: the same digit wherever either is sure of it, with about the same
        // confidence. (Where neither is sure, as for a scrawl between an 8 and a 1, the best
        // guess may go either way.)
        double differences = 0;
        for (int i = 0; i < 30; i++) {
            Ink ink = PenDigitDrawings.draw(writers.get(i * 37), i, SEED);
            JsonNode asStrokes = predict(strokesJson(ink, false));
            JsonNode asPng =
                    JSON.readTree(
                            server.post(
                                            "/api/predict",
                                            "image/png",
                                            Canvases.encode(ink.render(), "png"))
                                    .body());

            if (isSure(asStrokes) || isSure(asPng)) {
                assertThat(asStrokes.get("digit"))
                        .as("drawing %d", i)
                        .isEqualTo(asPng.get("digit"));
            }
            double difference =
                    Math.abs(
                            asStrokes.get("confidence").asDouble()
                                    - asPng.get("confidence").asDouble());
            assertThat(difference).as("drawing %d", i).isLessThan(10);
            differences += difference;
        }
        assertThat(differences / 30).isLessThan(2);
    }

    @Test
    void real_writers_training_never_saw_are_read_from_their_strokes() throws Exception {
        int right = 0;
        int total = 100;
        for (int i = 0; i < total; i++) {
            PenDigit digit = writers.get(i * 15);
            JsonNode answer = predict(strokesJson(PenDigitDrawings.draw(digit, i, SEED), true));
            if (answer.get("digit").asInt() == digit.digit()) {
                right++;
            }
        }
        // The shipped model reads 98% of these writers' digits (evaluate's real-writer figure).
        assertThat(right).isGreaterThanOrEqualTo(95);
    }

    @Test
    void times_are_optional_and_do_not_change_the_answer() throws Exception {
        Ink ink = PenDigitDrawings.draw(writers.get(5), 5, SEED);

        assertThat(predict(strokesJson(ink, true)).get("probabilities"))
                .isEqualTo(predict(strokesJson(ink, false)).get("probabilities"));
    }

    @Test
    void no_strokes_is_a_blank_canvas() throws Exception {
        JsonNode answer = predict("{\"strokes\": [], \"width\": 400, \"height\": 400}");

        assertThat(answer.get("status").asText()).isEqualTo("no_digit");
    }

    @Test
    void the_pen_defaults_to_the_pages_pen_scaled_to_the_canvas() throws Exception {
        Ink ink = PenDigitDrawings.draw(writers.get(9), 9, SEED);
        Ink pagePen = new Ink(ink.strokes(), 400, 400, Ink.PAGE_PEN);
        String withoutPen = strokesJson(pagePen, false).replace(", \"penWidth\": 28.0", "");

        assertThat(withoutPen).doesNotContain("penWidth");
        assertThat(predict(withoutPen).get("probabilities"))
                .isEqualTo(predict(strokesJson(pagePen, false)).get("probabilities"));
    }

    @Test
    void a_canvas_over_the_servers_pixel_limit_is_refused() throws Exception {
        try (RunningServer small = new RunningServer(ServerSettings.defaults(), 1, 100_000)) {
            HttpResponse<String> response =
                    small.post(
                            "/api/predict",
                            "application/json",
                            "{\"strokes\": [[[1, 1], [50, 50]]], \"width\": 1000, \"height\": 1000}"
                                    .getBytes(UTF_8));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body())
                    .contains("the canvas is 1,000 x 1,000 pixels; the limit is 100,000 pixels");
        }
    }

    static Stream<Arguments> malformed_strokes() {
        String canvas = ", \"width\": 400, \"height\": 400";
        return Stream.of(
                Arguments.of("{\"strokes\": [[[1, 2]]]}", "\"width\" and \"height\""),
                Arguments.of("{\"strokes\": [[[1, 2]]], \"width\": 400}", "\"height\""),
                Arguments.of("{\"strokes\": 5" + canvas + "}", "\"strokes\" must be an array"),
                Arguments.of("{\"strokes\": [5]" + canvas + "}", "stroke 0 must be an array"),
                Arguments.of("{\"strokes\": [[]]" + canvas + "}", "stroke 0 has no points"),
                Arguments.of("{\"strokes\": [[[1]]]" + canvas + "}", "point 0 of stroke 0: y"),
                Arguments.of(
                        "{\"strokes\": [[[1, 2], 3]]" + canvas + "}",
                        "point 1 of stroke 0 must be an array"),
                Arguments.of(
                        "{\"strokes\": [[[\"1\", 2]]]" + canvas + "}",
                        "point 0 of stroke 0: x must be a number"),
                Arguments.of(
                        "{\"strokes\": [[[1, 2, 3, 4]]]" + canvas + "}", "more than three numbers"),
                Arguments.of(
                        "{\"strokes\": [[[1, 2, 0], [3, 4]]]" + canvas + "}",
                        "a time for some points but not for others"),
                Arguments.of(
                        "{\"strokes\": [[[1, 2, 10], [3, 4, 5]]]" + canvas + "}",
                        "point 1 of stroke 0 is earlier than the point before it"),
                Arguments.of("{\"strokes\": [[[1e999, 2]]]" + canvas + "}", "x is out of range"),
                Arguments.of(
                        "{\"strokes\": [[[4500, 2]]]" + canvas + "}",
                        "point 0 of stroke 0 lies more than 10 canvas sizes off the 400x400"),
                Arguments.of("{\"strokes\": [[[1, -4001]]]" + canvas + "}", "canvas sizes off"),
                Arguments.of(
                        "{\"strokes\": [], \"width\": 0, \"height\": 400}",
                        "\"width\" must be a whole number of pixels from 1 to 4096"),
                Arguments.of(
                        "{\"strokes\": [], \"width\": 400.5, \"height\": 400}",
                        "\"width\" must be a whole number"),
                Arguments.of(
                        "{\"strokes\": [], \"width\": 400, \"height\": 5000}",
                        "\"height\" must be a whole number of pixels from 1 to 4096"),
                Arguments.of(
                        "{\"strokes\": []" + canvas + ", \"penWidth\": 0}",
                        "\"penWidth\" must be more than 0"),
                Arguments.of(
                        "{\"strokes\": []" + canvas + ", \"penWidth\": 201}",
                        "at most half the canvas's shorter side (200.0 pixels)"),
                Arguments.of(
                        "{\"strokes\": []" + canvas + ", \"penWidth\": \"28\"}",
                        "\"penWidth\" must be a number"),
                Arguments.of(
                        "{\"strokes\": []" + canvas + ", \"image\": \"iVBORw0KGgo=\"}",
                        "send \"image\" or \"strokes\", not both"),
                Arguments.of(
                        "{\"strokes\": [], \"strokes\": []" + canvas + "}",
                        "the field \"strokes\" appears twice"),
                Arguments.of("{\"width\": 400}", "neither \"image\" nor \"strokes\""),
                Arguments.of("{\"strokes\": []" + canvas + "} []", "not valid JSON"),
                Arguments.of("{\"strokes\": [[[1, 2]]]" + canvas, "not valid JSON"),
                Arguments.of(
                        "{\"strokes\": [[[[[[[[[[1]]]]]]]]]]" + canvas + "}", "must be a number"),
                Arguments.of(
                        "{\"extra\": " + "[".repeat(50) + "]".repeat(50) + canvas + "}",
                        "not valid JSON"),
                Arguments.of("[[[1, 2]]]", "expected a JSON object"));
    }

    @ParameterizedTest
    @MethodSource
    void malformed_strokes(String body, String message) throws Exception {
        HttpResponse<String> response =
                server.post("/api/predict", "application/json", body.getBytes(UTF_8));

        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(message);
    }

    @Test
    void more_strokes_than_the_limit_are_refused_with_a_way_out() throws Exception {
        String stroke = "[[10, 10], [20, 20]]";
        String body =
                "{\"strokes\": ["
                        + String.join(", ", java.util.Collections.nCopies(129, stroke))
                        + "], \"width\": 400, \"height\": 400}";

        HttpResponse<String> response =
                server.post("/api/predict", "application/json", body.getBytes(UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("more than 128 strokes; send it as an image instead");
    }

    @Test
    void more_points_than_the_limit_are_refused() throws Exception {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            points.append(i == 0 ? "" : ", ").append("[").append(i % 400).append(", 5]");
        }
        String body = "{\"strokes\": [[" + points + "]], \"width\": 400, \"height\": 400}";

        HttpResponse<String> response =
                server.post("/api/predict", "application/json", body.getBytes(UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("more than 10000 points");
    }

    @Test
    void strokes_that_would_paint_too_much_ink_are_refused_before_painting() throws Exception {
        // A fat pen dragged corner to corner a few thousand times: cheap to send, dear to paint.
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            points.append(i == 0 ? "" : ", ").append(i % 2 == 0 ? "[0, 0]" : "[4096, 4096]");
        }
        String body =
                "{\"strokes\": [["
                        + points
                        + "]], \"width\": 4096, \"height\": 4096, \"penWidth\": 400}";

        HttpResponse<String> response =
                server.post("/api/predict", "application/json", body.getBytes(UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("pixels of ink; the limit is 20,000,000");
    }

    /** {@code ink} as the page sends it, with times 8 ms apart when {@code timed}. */
    static String strokesJson(Ink ink, boolean timed) {
        StringBuilder json = new StringBuilder("{\"strokes\": [");
        double t = 0;
        for (int s = 0; s < ink.strokes().size(); s++) {
            Ink.Stroke stroke = ink.strokes().get(s);
            json.append(s == 0 ? "[" : ", [");
            for (int i = 0; i < stroke.size(); i++) {
                json.append(i == 0 ? "[" : ", [")
                        .append(stroke.x()[i])
                        .append(", ")
                        .append(stroke.y()[i]);
                if (timed) {
                    json.append(", ").append(String.format(Locale.ROOT, "%.1f", t += 8));
                }
                json.append("]");
            }
            json.append("]");
            t += 300;
        }
        return json.append("], \"width\": ")
                .append(ink.width())
                .append(", \"height\": ")
                .append(ink.height())
                .append(", \"penWidth\": ")
                .append(ink.penWidth())
                .append("}")
                .toString();
    }

    private static boolean isSure(JsonNode answer) {
        return answer.get("status").asText().equals("digit");
    }

    private static JsonNode predict(String json) throws Exception {
        HttpResponse<String> response =
                server.post("/api/predict", "application/json", json.getBytes(UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
