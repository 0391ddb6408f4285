package io.digitpad;

/**
 * A problem the user can fix: a missing or broken file, unusable data, a bad image.
 *
 * <p>Its message is written for the user and names the file or value at fault; the CLI prints it as
 * one line and the web server answers it as a 4xx JSON error. Anything else that escapes is a bug.
 */
public class DigitpadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DigitpadException(String message) {
        super(message);
    }

    public DigitpadException(String message, Throwable cause) {
        super(message, cause);
    }
}
