package dev.chorus.cli;

import dev.chorus.analysis.Analysis;
import dev.chorus.json.JsonConfig;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every registered analysis is a CLI verb: those with a command of their own (a text rendering) are declared in
 * {@link ChorusCommand}; any other gets a generic verb here, with the filters, {@code --q}, its parameters as options
 * and {@code --json}, printing its JSON indented as its text form. So a new analysis is usable from the CLI (and the
 * API) as soon as it is registered; a dedicated command only adds a nicer text rendering.
 */
final class AnalysisVerbs {
  private AnalysisVerbs() {}

  /** Adds a generic verb for each analysis of {@code analyses} that has no subcommand of that name yet. */
  static void addMissing(CommandLine chorus, List<Analysis<?, ?>> analyses) {
    for (Analysis<?, ?> a : analyses) {
      if (!chorus.getSubcommands().containsKey(a.id())) {
        chorus.addSubcommand(a.id(), verb(a));
      }
    }
  }

  private static <P, R> CommandLine verb(Analysis<P, R> analysis) {
    CommandLine line = new CommandLine(new JsonRendered<>(analysis));
    line.getCommandSpec().name(analysis.id());
    line.getCommandSpec().usageMessage().description(analysis.summary().replace("%", "%%"));
    AnalysisOptions.add(line.getCommandSpec(), analysis);
    return line;
  }

  /** An analysis verb whose text form is its JSON, indented. */
  @Command(mixinStandardHelpOptions = true)
  static final class JsonRendered<P, R> extends AnalysisCommand<P, R> {
    JsonRendered(Analysis<P, R> analysis) {
      super(analysis);
    }

    @Override
    void print(R result, P parameters, PrintWriter out) throws java.io.IOException {
      out.println(JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
    }
  }
}
