package io.digitpad.web;

import java.io.EOFException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * Recognises, anywhere in a failure's cause chain, what the client did wrong while its request was
 * read: broken chunked framing or a body that ends early (Jetty's {@link HttpException}s, wrapped
 * in whatever I/O exception the servlet layer threw), a charset nobody can decode, an upload too
 * slow to finish. The one place that tells a client's fault from a bug.
 */
final class ClientFault {
    private ClientFault() {}

    /** The answer for {@code failure} if the client caused it; empty if it is a bug. */
    static Optional<RefusedRequest> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<RefusedRequest> fault = fault(t);
            if (fault.isPresent()) {
                return fault;
            }
        }
        return Optional.empty();
    }

    private static Optional<RefusedRequest> fault(Throwable t) {
        if (t instanceof RefusedRequest known) {
            return Optional.of(known);
        }
        if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
            return Optional.of(refusal(http.getCode()));
        }
        if (t instanceof IllegalCharsetNameException || t instanceof UnsupportedCharsetException) {
            return Optional.of(
                    new UnsupportedMediaTypeException(
                            "the request's charset is unknown: send UTF-8 (or no charset)"));
        }
        if (t instanceof TimeoutException) {
            return Optional.of(refusal(408));
        }
        if (t instanceof EOFException) {
            return Optional.of(refusal(400));
        }
        return Optional.empty();
    }

    private static RefusedRequest refusal(int status) {
        return switch (status) {
            case 408 -> new RequestTimeoutException(message(408));
            case 413 -> new PayloadTooLargeException(message(413));
            default -> new MalformedHttpException(status, message(status));
        };
    }

    /** Fixed wording per status: Jetty's own detail can quote the request back. */
    private static String message(int status) {
        return switch (status) {
            case 400 ->
                    "malformed request body: its chunked encoding or length is broken, or it"
                            + " ended early";
            case 408 -> "request timeout: the body arrived too slowly";
            case 413 -> "the request body is too large";
            default -> WebServer.reasonPhrase(status);
        };
    }
}
