/** The command line: subcommands, their options, progress output and user-facing errors. */
package io.digitpad.cli;
