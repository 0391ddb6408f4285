package io.digitpad.web;

/** 503: every recognition slot stayed taken for the whole queue timeout. */
final class ServerBusyException extends RefusedRequest {
    private static final long serialVersionUID = 1L;

    ServerBusyException(String message) {
        super(503, message);
    }
}
