package dev.chorus.cli;

import picocli.CommandLine.Command;

/** {@code chorus eval language|stance|frames ...}: measure a model on a labelled test file; needs no workspace. */
@Command(name = "eval", description = "Measure language identification, stance and frame models on labelled files.",
    subcommands = {})
final class EvalCommand {}
