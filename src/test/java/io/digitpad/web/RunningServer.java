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
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningServer(ServerSettings settings) {
        recognizer = new DigitRecognizer(TestData.shippedModel(), 2, new ImageDecoder());
        app = WebServer.create(recognizer, settings.withAddress("127.0.0.1", 0)).start();
    }

    RunningServer() {
        this(ServerSettings.defaults());
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
        recognizer.close();
    }
}
