/**
 * The command line: subcommands, their options, progress output and user-facing errors. Commands
 * parse and print; training, evaluation, recognition and serving are done by the packages below.
 */
package io.digitpad.cli;
