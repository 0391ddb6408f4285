package io.digitpad.web;

import io.digitpad.DigitpadException;

/**
 * A request the server refuses, named for why; {@link WebServer} answers each with its HTTP status
 * and {@code {"error": message}}.
 */
abstract class RefusedRequest extends DigitpadException {
    private static final long serialVersionUID = 1L;
    private final int status;

    RefusedRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status of the answer. */
    final int status() {
        return status;
    }
}
