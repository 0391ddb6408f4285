package io.digitpad.web;

import java.time.Duration;
import java.util.List;

/**
 * Where the web server listens and the limits that protect it.
 *
 * @param host address to listen on; 127.0.0.1 keeps it to this machine
 * @param port port to listen on; 0 picks a free one
 * @param maxBodyBytes largest request body accepted
 * @param maxConcurrentRecognitions recognitions running at once; more wait in line
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
        Duration queueTimeout,
        Duration idleTimeout,
        long minUploadBytesPerSecond,
        List<String> allowedOrigins) {

    /** Safe defaults on 127.0.0.1:8080: 5 MB bodies, two recognitions per core, no CORS. */
    public static ServerSettings defaults() {
        return new ServerSettings(
                "127.0.0.1",
                8080,
                5_000_000L,
                2 * Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                1024,
                List.of());
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return new ServerSettings(
                newHost,
                newPort,
                maxBodyBytes,
                maxConcurrentRecognitions,
                queueTimeout,
                idleTimeout,
                minUploadBytesPerSecond,
                allowedOrigins);
    }

    public ServerSettings withMaxBodyBytes(long bytes) {
        return new ServerSettings(
                host,
                port,
                bytes,
                maxConcurrentRecognitions,
                queueTimeout,
                idleTimeout,
                minUploadBytesPerSecond,
                allowedOrigins);
    }

    public ServerSettings withMaxConcurrentRecognitions(int count) {
        return new ServerSettings(
                host,
                port,
                maxBodyBytes,
                count,
                queueTimeout,
                idleTimeout,
                minUploadBytesPerSecond,
                allowedOrigins);
    }

    /** These settings with requests waiting at most {@code timeout} for a recognition slot. */
    public ServerSettings withQueueTimeout(Duration timeout) {
        return new ServerSettings(
                host,
                port,
                maxBodyBytes,
                maxConcurrentRecognitions,
                timeout,
                idleTimeout,
                minUploadBytesPerSecond,
                allowedOrigins);
    }

    /** These settings with silent connections closed after {@code timeout}. */
    public ServerSettings withIdleTimeout(Duration timeout) {
        return new ServerSettings(
                host,
                port,
                maxBodyBytes,
                maxConcurrentRecognitions,
                queueTimeout,
                timeout,
                minUploadBytesPerSecond,
                allowedOrigins);
    }

    public ServerSettings withAllowedOrigins(List<String> origins) {
        return new ServerSettings(
                host,
                port,
                maxBodyBytes,
                maxConcurrentRecognitions,
                queueTimeout,
                idleTimeout,
                minUploadBytesPerSecond,
                List.copyOf(origins));
    }
}
