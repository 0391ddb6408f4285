package io.digitpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digitpad.TestData;
import io.digitpad.data.MnistSet;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once against a running server: the predictor pool gives each client its own
 * answer, and a server with no free recognition slot says "busy" cleanly.
 */
class ConcurrencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 32;
    private static final int DRAWINGS_PER_CLIENT = 4;
    private static final int DISTINCT_DRAWINGS = 16;

    private static MnistSet test;
    private ExecutorService clients;

    @BeforeAll
    static void load() {
        test = TestData.mnist().test();
    }

    @AfterEach
    void stopClients() throws InterruptedException {
        if (clients != null) {
            clients.shutdownNow();
            assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void thirty_two_clients_at_once_get_the_answers_one_client_alone_gets() throws Exception {
        ServerSettings settings =
                ServerSettings.defaults()
                        .withMaxConcurrentRecognitions(CLIENTS)
                        .withQueueTimeout(Duration.ofSeconds(60));
        try (RunningServer server = new RunningServer(settings, 4)) {
            List<byte[]> drawings = new ArrayList<>();
            List<JsonNode> alone = new ArrayList<>();
            for (int i = 0; i < DISTINCT_DRAWINGS; i++) {
                drawings.add(Canvases.png(test, i, 180 + 10 * i, 10 * i, 200 - 10 * i, "png"));
                alone.add(answer(server.post("/api/predict", "image/png", drawings.get(i))));
                assertThat(alone.get(i).get("digit").asInt())
                        .as("drawing %d alone", i)
                        .isEqualTo(test.label(i));
            }

            CountDownLatch start = new CountDownLatch(1);
            clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Callable<List<String>> requests =
                        () -> {
                            start.await();
                            List<String> wrong = new ArrayList<>();
                            for (int r = 0; r < DRAWINGS_PER_CLIENT; r++) {
                                int i = (client * DRAWINGS_PER_CLIENT + r) % DISTINCT_DRAWINGS;
                                HttpResponse<String> response =
                                        server.post("/api/predict", "image/png", drawings.get(i));
                                if (response.statusCode() != 200
                                        || !sameAnswer(
                                                JSON.readTree(response.body()), alone.get(i))) {
                                    wrong.add(
                                            "client "
                                                    + client
                                                    + ", drawing "
                                                    + i
                                                    + ": "
                                                    + response.statusCode()
                                                    + " "
                                                    + response.body());
                                }
                            }
                            return wrong;
                        };
                mismatches.add(clients.submit(requests));
            }
            start.countDown();

            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> client : mismatches) {
                wrong.addAll(client.get(60, TimeUnit.SECONDS));
            }
            assertThat(wrong).isEmpty();
        }
    }

    @Test
    void a_burst_at_one_recognition_at_a_time_gets_answers_or_busy_503s_with_retry_after()
            throws Exception {
        ServerSettings settings =
                ServerSettings.defaults()
                        .withMaxConcurrentRecognitions(1)
                        .withQueueTimeout(Duration.ofMillis(100));
        int label = test.label(3);
        byte[] slowDrawing = largeDrawing(3);
        try (RunningServer server = new RunningServer(settings)) {
            CountDownLatch start = new CountDownLatch(1);
            clients = Executors.newFixedThreadPool(16);
            List<Future<HttpResponse<String>>> burst = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                burst.add(
                        clients.submit(
                                () -> {
                                    start.await();
                                    return server.post("/api/predict", "image/png", slowDrawing);
                                }));
            }
            start.countDown();

            int answered = 0;
            int busy = 0;
            for (Future<HttpResponse<String>> request : burst) {
                HttpResponse<String> response = request.get(60, TimeUnit.SECONDS);
                JsonNode body = JSON.readTree(response.body());
                assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
                if (response.statusCode() == 200) {
                    answered++;
                    assertThat(body.get("digit").asInt()).isEqualTo(label);
                } else {
                    busy++;
                    assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
                    assertThat(body.get("error").asText()).contains("busy");
                }
            }
            System.out.printf(
                    "ConcurrencyTest: burst of 16 -> %d answered, %d busy%n", answered, busy);
            assertThat(answered).as("answered").isPositive();
            assertThat(busy).as("told busy").isPositive();
            assertThat(server.post("/api/predict", "image/png", slowDrawing).statusCode())
                    .as("after the burst the slot is free again")
                    .isEqualTo(200);
        }
    }

    private static JsonNode answer(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static boolean sameAnswer(JsonNode answer, JsonNode alone) {
        return answer.get("status").equals(alone.get("status"))
                && answer.get("digit").equals(alone.get("digit"))
                && Math.abs(
                                answer.get("confidence").asDouble()
                                        - alone.get("confidence").asDouble())
                        < 1e-3;
    }

    /** MNIST test digit {@code index} on a 2400x2400 canvas: a second or so to decode and scan. */
    private static byte[] largeDrawing(int index) {
        byte[] small = Canvases.png(test, index, 400, 0, 0, "png");
        BufferedImage canvas = new BufferedImage(2400, 2400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 2400, 2400);
        try {
            g.drawImage(
                    javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(small)),
                    400,
                    400,
                    1600,
                    1600,
                    null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        g.dispose();
        return Canvases.encode(canvas, "png");
    }
}
