package io.digitpad.web;

/** 400: the body is not a drawing the API accepts (bad JSON, a missing field, broken base64). */
final class BadRequestException extends RefusedRequest {
    private static final long serialVersionUID = 1L;

    BadRequestException(String message) {
        super(400, message);
    }
}
