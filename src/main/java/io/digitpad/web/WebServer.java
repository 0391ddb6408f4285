package io.digitpad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digitpad.DigitpadException;
import io.digitpad.numbers.NumberReader;
import io.digitpad.recognition.DigitRecognizer;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.plugin.bundled.CorsPluginConfig.CorsRule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digitpad web server: the drawing pages at {@code /} and {@code /number.html}, the model page
 * at {@code /model}, {@code POST /api/predict} (one digit), {@code POST /api/read} (a whole
 * number), {@code GET /api/model} and {@code GET /health}.
 *
 * <p>Every answer is JSON, a static file or the model page; every error is {@code {"error": "..."}}
 * with a 4xx status for what the client did wrong, 503 when too busy, and a bare 500 (logged, no
 * details) only for bugs.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Sent with every answer; the page needs nothing from other origins and no inline code. */
    static final Map<String, String> SECURITY_HEADERS =
            Map.of(
                    "Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                            + " connect-src 'self'; object-src 'none'; base-uri 'none';"
                            + " frame-ancestors 'none'; form-action 'self'",
                    "X-Content-Type-Options",
                    "nosniff",
                    "X-Frame-Options",
                    "DENY",
                    "Referrer-Policy",
                    "no-referrer",
                    "Cross-Origin-Opener-Policy",
                    "same-origin");

    private static final ObjectMapper ERROR_JSON = new ObjectMapper();

    private WebServer() {}

    /** A configured server, not yet started: call {@code start()}. */
    public static Javalin create(DigitRecognizer recognizer, ServerSettings settings) {
        Semaphore slots = new Semaphore(settings.maxConcurrentRecognitions(), true);
        NumberReader numbers = new NumberReader(recognizer);
        ModelPage modelPage = new ModelPage(recognizer.card());
        return Javalin.create(
                config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.http.maxRequestSize = settings.maxBodyBytes();
                    config.http.prefer405over404 = true;
                    configureJetty(config, settings);
                    if (!settings.allowedOrigins().isEmpty()) {
                        config.bundledPlugins.enableCors(
                                cors ->
                                        cors.addRule(
                                                rule -> allow(rule, settings.allowedOrigins())));
                    }
                    config.staticFiles.add(
                            files -> {
                                files.hostedPath = "/";
                                files.directory = "/web";
                                files.location = Location.CLASSPATH;
                            });
                    config.requestLogger.http(
                            (ctx, ms) ->
                                    LOG.info(
                                            "{} {} {} {} ms",
                                            ctx.method(),
                                            ctx.path(),
                                            ctx.statusCode(),
                                            String.format("%.1f", ms)));
                    config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
                    config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
                    config.routes.get("/api/model", ctx -> ctx.json(recognizer.card()));
                    config.routes.get("/model", modelPage::serve);
                    config.routes.post(
                            "/api/predict",
                            ctx ->
                                    answer(
                                            ctx,
                                            slots,
                                            settings,
                                            drawing ->
                                                    PredictionResponse.of(
                                                            drawing.recognizeWith(recognizer))));
                    config.routes.post(
                            "/api/read",
                            ctx ->
                                    answer(
                                            ctx,
                                            slots,
                                            settings,
                                            drawing ->
                                                    NumberResponse.of(drawing.readWith(numbers))));
                    mapErrors(config);
                });
    }

    /**
     * A bounded thread pool; connector with the idle timeout, slow-upload cut-off, no version
     * header, JSON errors.
     */
    private static void configureJetty(JavalinConfig config, ServerSettings settings) {
        // Javalin's default pool grows to 250 threads, each with its own stack and malloc state,
        // while 2 cores gain nothing past a few dozen: connections beyond the pool wait for a
        // thread without holding one.
        QueuedThreadPool threads =
                new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()));
        threads.setName("digitpad-http");
        config.jetty.threadPool = threads;
        config.jetty.modifyHttpConfiguration(
                http -> {
                    http.setSendServerVersion(false);
                    http.setMinRequestDataRate(settings.minUploadBytesPerSecond());
                });
        // Requests Jetty refuses before Javalin sees them (a ".." or "%2e%2e" path, a bad header)
        // would otherwise get Jetty's HTML error page without our headers.
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
        config.jetty.addConnector(
                (server, http) -> {
                    ServerConnector connector =
                            new ServerConnector(server, new HttpConnectionFactory(http));
                    connector.setHost(settings.host());
                    connector.setPort(settings.port());
                    connector.setIdleTimeout(settings.idleTimeout().toMillis());
                    return connector;
                });
    }

    private static void allow(CorsRule rule, List<String> origins) {
        origins.forEach(origin -> rule.allowHost(origin));
    }

    /** One JSON error answer per kind of failure; a bare 500 (and a log line) only for bugs. */
    private static void mapErrors(JavalinConfig config) {
        config.routes.exception(
                RefusedRequest.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        config.routes.exception(
                DigitpadException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        config.routes.exception(
                HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        // Whatever else reading the request threw (bad chunking, a body cut short, an unknown
        // charset, an upload slower than minUploadBytesPerSecond) is the client's; the rest is
        // ours.
        config.routes.exception(
                Exception.class,
                (e, ctx) ->
                        ClientFault.of(e)
                                .ifPresentOrElse(
                                        fault -> {
                                            LOG.info(
                                                    "Client error on {} {}: {}",
                                                    ctx.method(),
                                                    ctx.path(),
                                                    fault.getMessage());
                                            error(ctx, fault.status(), fault.getMessage());
                                        },
                                        () -> {
                                            LOG.error(
                                                    "Bug while serving {} {}",
                                                    ctx.method(),
                                                    ctx.path(),
                                                    e);
                                            error(ctx, 500, "internal server error");
                                        }));
        config.routes.error(404, ctx -> replaceWithJson(ctx, "not found"));
        config.routes.error(405, ctx -> replaceWithJson(ctx, "method not allowed"));
        config.routes.error(408, ctx -> replaceWithJson(ctx, "request timeout"));
    }

    /**
     * Reads the drawing in the request within the body limit, waits for a recognition slot (or
     * answers 503), and answers what {@code recognition} makes of it as JSON.
     */
    private static void answer(
            Context ctx,
            Semaphore slots,
            ServerSettings settings,
            Function<Drawing, Object> recognition)
            throws InterruptedException {
        long declared = ctx.contentLength();
        if (declared > settings.maxBodyBytes()) {
            discardBody(ctx, declared, settings.maxBodyBytes());
            throw new PayloadTooLargeException(
                    "the request body is "
                            + declared
                            + " bytes; the limit is "
                            + settings.maxBodyBytes()
                            + " bytes");
        }
        // The raw header: the servlet layer's getContentType() throws on a charset it cannot load.
        Drawing drawing = ImageUpload.drawing(ctx.header("Content-Type"), ctx.bodyAsBytes());
        if (!slots.tryAcquire(settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            ctx.header("Retry-After", "1");
            throw new ServerBusyException("the server is busy: try again in a moment");
        }
        try {
            ctx.json(recognition.apply(drawing));
        } finally {
            slots.release();
        }
    }

    /**
     * Reads and drops a body that is somewhat too large, already on its way. Closing with the body
     * unread makes TCP reset the connection, which can destroy the 413 before the client reads it.
     * A client that asked "Expect: 100-continue" has sent nothing yet and gets the 413 directly; a
     * body over twice the limit is not worth reading.
     */
    private static void discardBody(Context ctx, long declared, long limit) {
        String expect = ctx.header("Expect");
        if (declared > 2 * limit || (expect != null && expect.equalsIgnoreCase("100-continue"))) {
            return;
        }
        try {
            ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client went away or stalled: it will not read the answer either.
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message));
    }

    /** Jetty's own error answers in the same JSON shape and with the same headers as ours. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            SECURITY_HEADERS.forEach(response.getHeaders()::put);
            int status = response.getStatus();
            if (HttpStatus.hasNoBody(status)) {
                callback.succeeded();
                return true;
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, ByteBuffer.wrap(body(status)), callback);
            return true;
        }

        private static byte[] body(int status) {
            try {
                return ERROR_JSON.writeValueAsBytes(new ApiError(reasonPhrase(status)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The standard reason phrase only: Jetty's own detail can quote the request back. */
    static String reasonPhrase(int status) {
        return HttpStatus.getMessage(status).toLowerCase(Locale.ROOT);
    }

    /** Gives Javalin's own 404/405/408 answers (some have no body at all) the JSON error shape. */
    private static void replaceWithJson(Context ctx, String message) {
        String result = ctx.result();
        if (result != null && result.startsWith("{\"error\"")) {
            return;
        }
        ctx.json(new ApiError(message));
    }
}
