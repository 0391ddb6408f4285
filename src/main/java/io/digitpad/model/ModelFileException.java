package io.digitpad.model;

import io.digitpad.DigitpadException;

/** A model file is missing, unreadable, corrupt, or not a digitpad model. */
public class ModelFileException extends DigitpadException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
