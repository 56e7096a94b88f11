package dev.chorus.cli;

import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code chorus train X} command shares: its parent (for the workspace), the labels file and
 * {@code --json}; each subclass adds its model's options and renders its service's result.
 */
abstract class TrainingCommand {
  @ParentCommand TrainCommand train;
  @Spec CommandSpec spec;
  @Mixin LabelsFileOptions input;

  Workspace workspace() {
    return train.parent.workspace();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
