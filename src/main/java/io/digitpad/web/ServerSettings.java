package io.digitpad.web;

import java.time.Duration;
import java.util.List;

/**
 * Limits and options of the web server.
 *
 * @param maxBodyBytes largest request body accepted
 * @param maxConcurrentRecognitions recognitions running at once; more wait in line
 * @param queueTimeout how long a request waits for its turn before it gets 503
 * @param allowedOrigins origins allowed cross-origin requests (CORS); empty = none
 */
public record ServerSettings(
        long maxBodyBytes,
        int maxConcurrentRecognitions,
        Duration queueTimeout,
        List<String> allowedOrigins) {

    /** Safe defaults: 5 MB bodies, two recognitions per core, no CORS. */
    public static ServerSettings defaults() {
        return new ServerSettings(
                5_000_000L,
                2 * Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(5),
                List.of());
    }
}
