package io.digitpad.web;

/**
 * The request broke HTTP itself as Jetty read it (chunked framing, a length, a body that ended
 * early), with the 4xx status Jetty chose.
 */
final class MalformedHttpException extends RefusedRequest {
    private static final long serialVersionUID = 1L;

    MalformedHttpException(int status, String message) {
        super(status, message);
    }
}
