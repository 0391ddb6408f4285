package io.digitpad.recognition;

import io.digitpad.DigitpadException;

/** Bytes that are not a usable image: not an image at all, corrupt, empty, or too large. */
public class ImageException extends DigitpadException {
    private static final long serialVersionUID = 1L;

    public ImageException(String message) {
        super(message);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
