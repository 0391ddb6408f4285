package io.digitpad.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A public web mirror serving the gzip-compressed IDX files ({@code <name>.gz}); the files are
 * decompressed on arrival and checked against the SHA-256 of their raw content, which is the same
 * whichever mirror served them.
 */
final class HttpMirrorSource implements MnistSource {
    /**
     * The mirrors the major frameworks download MNIST from: PyTorch's torchvision and TensorFlow's
     * datasets. The original site (yann.lecun.com) now refuses most automated downloads, which is
     * why both frameworks moved off it.
     */
    static final List<HttpMirrorSource> PUBLIC_MIRRORS =
            List.of(
                    new HttpMirrorSource("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                    new HttpMirrorSource("https://storage.googleapis.com/cvdf-datasets/mnist/"));

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String baseUrl;

    HttpMirrorSource(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String describe() {
        return baseUrl;
    }

    @Override
    public void fetchInto(Path folder) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        for (MnistFile file : MnistFile.values()) {
            URI uri = URI.create(baseUrl + file.fileName() + ".gz");
            HttpResponse<InputStream> response =
                    client.send(
                            HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException(uri + " answered HTTP " + response.statusCode());
                }
                Files.copy(
                        new GZIPInputStream(body, 1 << 16),
                        folder.resolve(file.fileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
