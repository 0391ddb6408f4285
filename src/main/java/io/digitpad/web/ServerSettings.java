package io.digitpad.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the web server listens and the limits that protect it.
 *
 * @param host address to listen on; 127.0.0.1 keeps it to this machine
 * @param port port to listen on; 0 picks a free one
 * @param maxBodyBytes largest request body accepted
 * @param maxConcurrentRecognitions recognitions running at once; more wait in line
 * @param maxThreads threads serving HTTP; connections beyond them wait for a free one
 * @param queueTimeout how long a request waits for its turn before it gets 503
 * @param idleTimeout how long a silent connection is kept open
 * @param minUploadBytesPerSecond slowest upload tolerated: a client trickling its body is cut off
 * @param allowedOrigins origins allowed to call the API from other sites (CORS); empty = none
 */
public record ServerSettings(
        String host,
        int port,
        long maxBodyBytes,
        int maxConcurrentRecognitions,
        int maxThreads,
        Duration queueTimeout,
        Duration idleTimeout,
        long minUploadBytesPerSecond,
        List<String> allowedOrigins) {

    /**
     * Safe defaults on 127.0.0.1:8080: 5 MB bodies, two recognitions per core, 16 HTTP threads per
     * core, no CORS.
     */
    public static ServerSettings defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerSettings(
                "127.0.0.1",
                8080,
                5_000_000L,
                2 * cores,
                16 * cores,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                1024,
                List.of());
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return change(
                draft -> {
                    draft.host = newHost;
                    draft.port = newPort;
                });
    }

    public ServerSettings withMaxBodyBytes(long bytes) {
        return change(draft -> draft.maxBodyBytes = bytes);
    }

    public ServerSettings withMaxConcurrentRecognitions(int count) {
        return change(draft -> draft.maxConcurrentRecognitions = count);
    }

    public ServerSettings withMaxThreads(int count) {
        return change(draft -> draft.maxThreads = count);
    }

    /** These settings with requests waiting at most {@code timeout} for a recognition slot. */
    public ServerSettings withQueueTimeout(Duration timeout) {
        return change(draft -> draft.queueTimeout = timeout);
    }

    /** These settings with silent connections closed after {@code timeout}. */
    public ServerSettings withIdleTimeout(Duration timeout) {
        return change(draft -> draft.idleTimeout = timeout);
    }

    public ServerSettings withAllowedOrigins(List<String> origins) {
        return change(draft -> draft.allowedOrigins = List.copyOf(origins));
    }

    /** A copy with some components changed; the one place that copies every component. */
    private ServerSettings change(Consumer<Draft> edit) {
        Draft draft = new Draft(this);
        edit.accept(draft);
        return draft.build();
    }

    /** The components of a ServerSettings, editable. */
    private static final class Draft {
        private String host;
        private int port;
        private long maxBodyBytes;
        private int maxConcurrentRecognitions;
        private int maxThreads;
        private Duration queueTimeout;
        private Duration idleTimeout;
        private long minUploadBytesPerSecond;
        private List<String> allowedOrigins;

        Draft(ServerSettings from) {
            host = from.host;
            port = from.port;
            maxBodyBytes = from.maxBodyBytes;
            maxConcurrentRecognitions = from.maxConcurrentRecognitions;
            maxThreads = from.maxThreads;
            queueTimeout = from.queueTimeout;
            idleTimeout = from.idleTimeout;
            minUploadBytesPerSecond = from.minUploadBytesPerSecond;
            allowedOrigins = from.allowedOrigins;
        }

        ServerSettings build() {
            return new ServerSettings(
                    host,
                    port,
                    maxBodyBytes,
                    maxConcurrentRecognitions,
                    maxThreads,
                    queueTimeout,
                    idleTimeout,
                    minUploadBytesPerSecond,
                    allowedOrigins);
        }
    }
}
