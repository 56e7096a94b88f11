package dev.chorus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chorus eval language|stance|frames ...}: measure a model on a labelled test file; needs no workspace. */
@Command(name = "eval", description = "Measure language identification, stance and frame models on labelled files.",
    subcommands = {EvalLanguageCommand.class, EvalActorsCommand.class, EvalStanceCommand.class,
        EvalFramesCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: see '" + spec.qualifiedName()
        + " --help'");
  }
}
