package io.digitpad.cli;

import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.ImageDecoder;
import io.digitpad.web.ServerSettings;
import io.digitpad.web.WebServer;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin ModelOptions model;

    @Mixin EngineOptions engine;

    @Override
    public Integer call() throws InterruptedException {
        engine.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DigitRecognizer recognizer =
                new DigitRecognizer(
                        model.obtain(err),
                        Runtime.getRuntime().availableProcessors(),
                        new ImageDecoder());
        Javalin app = WebServer.create(recognizer, ServerSettings.defaults());
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
            app.start(host, port);
        } catch (RuntimeException e) {
            throw new io.digitpad.DigitpadException(
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

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
