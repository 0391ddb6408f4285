package io.digitpad.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code digitpad} command; it only dispatches to its subcommands. */
@Command(
        name = "digitpad",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Handwritten digit recognition with a convolutional network trained on MNIST.",
            "",
            "Quick start:  digitpad serve            then open http://127.0.0.1:8080",
            "              digitpad predict my-7.png"
        },
        subcommands = {
            ServeCommand.class,
            PredictCommand.class,
            ReadCommand.class,
            EvaluateCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class
        },
        commandListHeading = "%nCommands:%n",
        footer = {
            "",
            "Run 'digitpad help COMMAND' for the options of a command.",
            "Exit codes: 0 success, 1 a problem with your files or data, 2 wrong usage,"
                    + " 3 internal error."
        })
public final class DigitpadCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** One line saying what was wrong, suggestions for a misspelling, and where help is. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        // "predict --bogus" is missing its FILE because --bogus was not understood: say that.
        List<String> unmatched = command.getUnmatchedArguments();
        CommandLine.ParameterException reported =
                unmatched.isEmpty() || e instanceof CommandLine.UnmatchedArgumentException
                        ? e
                        : new CommandLine.UnmatchedArgumentException(command, unmatched);
        PrintWriter err = command.getErr();
        err.println("digitpad: " + reported.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(reported, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The configured command line: used by {@code main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DigitpadCommand());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(DigitpadCommand::usageError);
        return commandLine;
    }
}
