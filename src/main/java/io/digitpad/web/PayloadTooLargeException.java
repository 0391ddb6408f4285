package io.digitpad.web;

/** 413: the body is larger than the server accepts. */
final class PayloadTooLargeException extends RefusedRequest {
    private static final long serialVersionUID = 1L;

    PayloadTooLargeException(String message) {
        super(413, message);
    }
}
