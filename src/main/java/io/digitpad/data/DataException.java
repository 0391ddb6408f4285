package io.digitpad.data;

import io.digitpad.DigitpadException;

/**
 * Data the benchmarks or training need (MNIST, the stroke fonts) could not be read, fetched or
 * verified.
 */
public class DataException extends DigitpadException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
