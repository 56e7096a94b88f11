package dev.chorus.cli;

import picocli.CommandLine.Command;

/** {@code chorus train stance|frames --labels FILE}: train a model into the workspace, with its model card. */
@Command(name = "train", description = "Train stance and frame models from labelled posts into the workspace.",
    subcommands = {})
final class TrainCommand {}
