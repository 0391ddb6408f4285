package io.digitpad.web;

/** 415: the body's Content-Type or charset is not one the API reads. */
final class UnsupportedMediaTypeException extends RefusedRequest {
    private static final long serialVersionUID = 1L;

    UnsupportedMediaTypeException(String message) {
        super(415, message);
    }
}
