package io.digitpad;

import io.digitpad.cli.DigitpadCommand;

/** Entry point of the {@code digitpad} command. */
public final class Digitpad {
    private Digitpad() {}

    public static void main(String[] args) {
        // Everything digitpad needs ships in its jars; DJL must never try to download natives.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        System.exit(DigitpadCommand.commandLine().execute(args));
    }
}
