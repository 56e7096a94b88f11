/**
 * The {@code chorus} command line: one class per verb, all rendering results of the core services. Exit codes are
 * mapped in one place ({@link dev.chorus.cli.ExitCodes}).
 */
package dev.chorus.cli;
