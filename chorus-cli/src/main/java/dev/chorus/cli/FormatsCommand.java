package dev.chorus.cli;

import dev.chorus.source.Source;
import dev.chorus.source.SourceRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus formats}: the source formats this build reads. */
@Command(name = "formats", description = "List the input formats (values of ingest --format).")
final class FormatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Source s : SourceRegistry.loadDefault().all()) {
      spec.commandLine().getOut().printf("%-20s %s%n", s.id(), s.description());
    }
    return ExitCodes.OK;
  }
}
