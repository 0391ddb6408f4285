package io.digitpad.cli;

import io.digitpad.DigitpadException;
import picocli.CommandLine;

/**
 * Turns exceptions from commands into one line on stderr and an exit code: 1 for problems the user
 * can fix ({@link DigitpadException}), 3 for bugs. The stack trace is shown only with {@code
 * DIGITPAD_DEBUG=1}.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 3;

    @Override
    public int handleExecutionException(
            Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if ("1".equals(System.getenv("DIGITPAD_DEBUG"))) {
            e.printStackTrace(err);
        }
        if (e instanceof DigitpadException) {
            err.println("digitpad: " + e.getMessage());
            err.flush();
            return USER_ERROR;
        }
        err.println(
                "digitpad: internal error: "
                        + e
                        + " (this is a bug; run again with DIGITPAD_DEBUG=1 for details)");
        err.flush();
        return INTERNAL_ERROR;
    }
}
