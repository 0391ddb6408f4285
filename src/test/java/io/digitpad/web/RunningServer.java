package io.digitpad.web;

import io.digitpad.TestData;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.ImageDecoder;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The real server with the shipped model, on 127.0.0.1 and a free port, plus an HTTP client. */
final class RunningServer implements AutoCloseable {
    private final DigitRecognizer recognizer;
    private final Javalin app;

    /** Longest wait for an answer: a hung server fails the test instead of hanging the build. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The server with {@code predictors} predictors in the recognizer's pool. */
    RunningServer(ServerSettings settings, int predictors) {
        this(settings, predictors, ImageDecoder.DEFAULT_MAX_PIXELS);
    }

    /** The server refusing images and canvases of more than {@code maxPixels} pixels. */
    RunningServer(ServerSettings settings, int predictors, long maxPixels) {
        recognizer =
                new DigitRecognizer(
                        TestData.shippedModel(), predictors, new ImageDecoder(maxPixels));
        app = WebServer.create(recognizer, settings.withAddress("127.0.0.1", 0)).start();
    }

    RunningServer(ServerSettings settings) {
        this(settings, 2);
    }

    RunningServer() {
        this(ServerSettings.defaults());
    }

    int port() {
        return app.port();
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url(path))).timeout(ANSWER_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path)))
                        .timeout(ANSWER_TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code request} and reads the answer as text. */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest timed =
                request.timeout().isPresent()
                        ? request
                        : HttpRequest.newBuilder(request, (name, value) -> true)
                                .timeout(ANSWER_TIMEOUT)
                                .build();
        return client.send(timed, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code body} without a Content-Length (chunked), as a stream of unknown length. */
    HttpResponse<String> postChunked(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .timeout(ANSWER_TIMEOUT)
                        .header("Content-Type", contentType)
                        .POST(
                                HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(body)))
                        .build());
    }

    @Override
    public void close() {
        app.stop();
        recognizer.close();
    }
}
