package io.digitpad.cli;

import io.digitpad.DigitpadException;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.ImageDecoder;
import io.digitpad.web.ServerSettings;
import io.digitpad.web.WebServer;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code digitpad serve}: the drawing page and the JSON API. */
@Command(
        name = "serve",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Starts the web server: open the address it prints, draw a digit, get the answer.",
            "API: POST /api/predict, GET /api/model, GET /health (see the README).",
            "Stop it with Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {
    /** Jetty's acceptor, selector and reserved threads take a few; requests need the rest. */
    private static final int MIN_THREADS = 8;

    @Spec CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
                            + " 0.0.0.0 for every network).")
    String host = "127.0.0.1";

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(
            names = "--max-body",
            paramLabel = "BYTES",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes = ServerSettings.defaults().maxBodyBytes();

    @Option(
            names = "--max-pixels",
            paramLabel = "N",
            description =
                    "Largest image accepted, in pixels, checked before decoding"
                            + " (default: ${DEFAULT-VALUE} = 4096 x 4096).")
    long maxPixels = ImageDecoder.DEFAULT_MAX_PIXELS;

    @Option(
            names = "--max-concurrent",
            paramLabel = "N",
            description =
                    "Recognitions running at once; more wait up to 5 s, then get 503"
                            + " (default: ${DEFAULT-VALUE}).")
    int maxConcurrent = ServerSettings.defaults().maxConcurrentRecognitions();

    @Option(
            names = "--max-threads",
            paramLabel = "N",
            description =
                    "Threads serving HTTP; more connections wait for a free one"
                            + " (default: ${DEFAULT-VALUE}).")
    int maxThreads = ServerSettings.defaults().maxThreads();

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            description =
                    "Let pages from ORIGIN (e.g. https://example.org) call the API;"
                            + " repeatable. Default: none.")
    List<String> corsOrigins = new ArrayList<>();

    @Mixin ModelOptions model;

    @Mixin EngineOptions engine;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = settings();
        // Each network pass runs on one core; splitting a small batch across cores costs more in
        // synchronisation than it saves.
        engine.apply(1);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The network is about a fifth of a request's work, and a batch costs less per digit the
        // larger it is: one engine thread per four cores keeps up and makes the largest batches
        // (on 2 cores, one engine answered 14% more strokes per second than two; BENCHMARKS.md).
        int engines = Math.max(1, Runtime.getRuntime().availableProcessors() / 4);
        DigitRecognizer recognizer =
                new DigitRecognizer(model.obtain(err), engines, new ImageDecoder(maxPixels));
        Javalin app = WebServer.create(recognizer, settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    app.stop();
                                    recognizer.close();
                                    stopped.countDown();
                                },
                                "digitpad-shutdown"));
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new DigitpadException(
                    "cannot listen on " + host + ":" + port + " (" + rootMessage(e) + ")", e);
        }
        String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        out.println(
                "digitpad is ready: open http://"
                        + shown
                        + ":"
                        + app.port()
                        + "  (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return 0;
    }

    private ServerSettings settings() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0-65535, was " + port);
        }
        if (maxBodyBytes < 1 || maxPixels < 1 || maxConcurrent < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--max-body, --max-pixels and --max-concurrent must be positive");
        }
        if (maxThreads < MIN_THREADS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--max-threads must be at least " + MIN_THREADS + ", was " + maxThreads);
        }
        return ServerSettings.defaults()
                .withAddress(host, port)
                .withMaxBodyBytes(maxBodyBytes)
                .withMaxConcurrentRecognitions(maxConcurrent)
                .withMaxThreads(maxThreads)
                .withAllowedOrigins(corsOrigins);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
