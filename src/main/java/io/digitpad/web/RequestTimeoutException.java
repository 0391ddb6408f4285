package io.digitpad.web;

/** 408: the body arrived too slowly. */
final class RequestTimeoutException extends RefusedRequest {
    private static final long serialVersionUID = 1L;

    RequestTimeoutException(String message) {
        super(408, message);
    }
}
