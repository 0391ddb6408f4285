package io.digitpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import io.digitpad.web.HostilePayloads.Payload;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over a thousand malformed and hostile bodies, generated from a fixed seed, sent to {@code POST
 * /api/predict} of a running server with the default settings: every answer is a JSON error or a
 * result, never a 5xx or a stack trace, and the server stays healthy, correct and within memory.
 */
class FuzzTest {
    private static final long SEED = 20_251_124L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESULT_STATUSES = Set.of("digit", "not_sure", "no_digit");
    private static final List<String> INTERNALS =
            List.of("Exception", "\tat ", "/work/", ".java", "io.digitpad", "org.eclipse");

    private static RunningServer server;
    private static long maxBodyBytes;
    private static List<Payload> payloads;
    private static final List<Answer> answers = new ArrayList<>();
    private static long heapBefore;
    private static long heapAfter;

    /** What the server said to one payload; status -1 when the connection failed. */
    record Answer(Payload payload, int status, String contentType, String retryAfter, String body) {
        @Override
        public String toString() {
            return payload + " -> " + status + " " + abbreviate(body);
        }
    }

    @BeforeAll
    static void send_every_payload() throws Exception {
        ServerSettings settings = ServerSettings.defaults();
        server = new RunningServer(settings);
        maxBodyBytes = settings.maxBodyBytes();
        payloads = HostilePayloads.generate(SEED, maxBodyBytes);
        // Warm up (model, image readers, JSON) so the baseline holds what stays loaded anyway.
        server.post("/api/predict", "image/png", payloads.get(0).body());
        server.post("/api/predict", "image/png", drawing());
        heapBefore = usedHeapAfterGc();

        for (Payload payload : payloads) {
            answers.add(send(payload));
        }

        heapAfter = usedHeapAfterGc();
        Map<Integer, Long> byStatus =
                answers.stream()
                        .collect(
                                Collectors.groupingBy(
                                        Answer::status, TreeMap::new, Collectors.counting()));
        System.out.printf(
                "FuzzTest: %d payloads, answers by status %s, used heap %d MB -> %d MB%n",
                answers.size(), byStatus, heapBefore >> 20, heapAfter >> 20);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void over_a_thousand_payloads_are_sent_and_each_gets_an_answer() {
        assertThat(answers).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(failing(a -> a.status() > 0)).as("dropped connections").isEmpty();
    }

    @Test
    void no_answer_is_a_5xx_except_a_busy_503_with_retry_after() {
        assertThat(
                        failing(
                                a ->
                                        a.status() == 200
                                                || (a.status() >= 400 && a.status() < 500)
                                                || (a.status() == 503 && a.retryAfter() != null)))
                .isEmpty();
    }

    @Test
    void every_answer_is_json() {
        assertThat(
                        failing(
                                a ->
                                        a.contentType().startsWith("application/json")
                                                && json(a.body()) != null))
                .isEmpty();
    }

    @Test
    void every_error_is_an_error_object_with_a_message() {
        assertThat(failing(a -> a.status() == 200 || hasErrorMessage(a.body()))).isEmpty();
    }

    @Test
    void every_200_is_a_recognition_result() {
        assertThat(failing(a -> a.status() != 200 || isResult(a.body()))).isEmpty();
    }

    @Test
    void no_answer_reveals_stack_traces_classes_or_paths() {
        assertThat(failing(a -> INTERNALS.stream().noneMatch(a.body()::contains))).isEmpty();
    }

    @Test
    void the_server_is_healthy_and_still_recognises_a_drawing_afterwards() throws Exception {
        assertThat(server.get("/health").statusCode()).isEqualTo(200);

        HttpResponse<String> answer = server.post("/api/predict", "image/png", drawing());

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(answer.body());
        assertThat(result.get("status").asText()).isEqualTo("digit");
        assertThat(result.get("digit").asInt()).isEqualTo(mnistTest().label(0));
    }

    @Test
    void used_heap_grows_less_than_150_mb_over_the_run() {
        assertThat(heapAfter - heapBefore).isLessThan(150L << 20);
    }

    private static Answer send(Payload payload) throws InterruptedException {
        try {
            if (!payload.chunked() && payload.body().length > maxBodyBytes) {
                return askFirst(payload);
            }
            HttpResponse<String> response =
                    payload.chunked()
                            ? server.postChunked(
                                    "/api/predict", payload.contentType(), payload.body())
                            : server.post("/api/predict", payload.contentType(), payload.body());
            return new Answer(
                    payload,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        } catch (IOException e) {
            return new Answer(payload, -1, "", null, e.toString());
        }
    }

    /**
     * Sends only the head of an oversized request, with {@code Expect: 100-continue} as curl does
     * for large bodies: the server must refuse it from the declared length alone. Sent blindly, the
     * body races the server closing the connection after its 413, and the unread bytes turn that
     * close into a TCP reset that can destroy the answer in flight. (java.net.http on JDK 17 hangs
     * when the answer to {@code Expect} is not 100, hence the raw socket.)
     */
    private static Answer askFirst(Payload payload) throws IOException {
        RawHttp.Answer answer =
                RawHttp.exchange(
                        server.port(),
                        "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                + payload.contentType()
                                + "\r\nContent-Length: "
                                + payload.body().length
                                + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
        return new Answer(
                payload,
                answer.status(),
                answer.headers().getOrDefault("content-type", ""),
                answer.headers().get("retry-after"),
                answer.body());
    }

    private static List<Answer> failing(Predicate<Answer> expectation) {
        return answers.stream().filter(expectation.negate()).collect(Collectors.toList());
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean hasErrorMessage(String body) {
        JsonNode error = json(body);
        return error != null
                && error.isObject()
                && error.path("error").isTextual()
                && !error.get("error").asText().isBlank();
    }

    private static boolean isResult(String body) {
        JsonNode result = json(body);
        return result != null
                && result.isObject()
                && RESULT_STATUSES.contains(result.path("status").asText())
                && result.path("message").isTextual();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static MnistSet mnistTest() {
        return TestData.mnist().test();
    }

    private static byte[] drawing() {
        return Canvases.png(mnistTest(), 0, 300, 50, 50, "png");
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
