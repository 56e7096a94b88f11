package dev.chorus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chorus train stance|frames --labels FILE}: train a model into the workspace, with its model card. */
@Command(name = "train", description = "Train stance and frame models from labelled posts into the workspace.",
    subcommands = {TrainStanceCommand.class, TrainFramesCommand.class})
final class TrainCommand implements Runnable {
  @picocli.CommandLine.ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: see '" + spec.qualifiedName()
        + " --help'");
  }
}
