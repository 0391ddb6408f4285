package io.digitpad.web;

import io.digitpad.DigitpadException;

/** A request that cannot be served as sent; answered with its status and message. */
final class BadRequestException extends DigitpadException {
    private static final long serialVersionUID = 1L;
    private final int status;

    BadRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
