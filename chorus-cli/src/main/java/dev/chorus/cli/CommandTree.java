package dev.chorus.cli;

import dev.chorus.analysis.Analysis;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command tree of {@code chorus}: its verbs, in one list, and the tree a command line needs, whole or of the one
 * verb it names first ({@link ChorusCommand} runs it).
 */
final class CommandTree {
  /**
   * The verbs that are classes of their own, in the order {@code chorus --help} lists them (then the analyses without
   * one, {@link AnalysisVerbs}). Added to the tree in {@link #of}, not named in the annotation, so that a
   * command line that names one of them builds only that one.
   */
  static final List<Class<?>> VERBS = List.of(IngestCommand.class, CollectCommand.class, WatchCommand.class,
      AlertsCommand.class, ViewsCommand.class, StreamCommand.class, StatsCommand.class, SearchCommand.class,
      ExportCommand.class, FormatsCommand.class, AnnotateCommand.class, TopCommand.class, TrendsCommand.class,
      CohortsCommand.class, CallsCommand.class, CompareCommand.class, CoverageCommand.class,
      CoordinationCommand.class, ServeCommand.class, ReportCommand.class, DemoCommand.class, BenchCommand.class,
      ReindexCommand.class, EvalCommand.class, TrainCommand.class, LabelCommand.class, RevealCommand.class,
      DictionaryCommand.class, WorkspaceCommand.class, CommandLine.HelpCommand.class);

  private CommandTree() {}

  /** The command tree: the declared verbs, a verb for every other registered analysis, the filter options. */
  static CommandLine whole(Map<String, String> env, List<Analysis<?, ?>> analyses) {
    return of(env, analyses, null);
  }

  /**
   * The whole command tree, or the tree of the declared verb {@code only}: picocli reads every option of every verb
   * by reflection as it builds them, about 0.3 s of a short command's 1.5 s, which a command line that runs one verb
   * need not wait for.
   */
  static CommandLine of(Map<String, String> env, List<Analysis<?, ?>> analyses, Class<?> only) {
    CommandLine cl = new CommandLine(new ChorusCommand(env));
    for (Class<?> verb : VERBS) {
      if (only == null || verb == only) {
        // a CommandLine of its own, as picocli makes a declared subcommand: so its model transformer runs
        cl.addSubcommand(new CommandLine(verb, cl.getFactory()));
      }
    }
    if (cl.getSubcommands().containsKey("collect")) {
      cl.getSubcommands().get("collect").getCommandSpec().usageMessage().footer(CollectCommand.kindsHelp());
    }
    if (only == null) {
      AnalysisVerbs.addMissing(cl, analyses);
    }
    FilterOptions.addTo(cl);
    return cl;
  }

  /**
   * The declared verb a command line runs when its first word names one ({@code chorus stats ...}), else null, for
   * the whole tree: for help, for errors that list the verbs, for the verbs made from analyses, and when the first
   * word is an option ({@code chorus --workspace DIR stats}), whose value could spell a verb.
   */
  static Class<?> onlyVerb(String[] args) {
    if (args.length == 0) {
      return null;
    }
    for (Class<?> verb : VERBS) {
      if (verb != CommandLine.HelpCommand.class && verb.getAnnotation(Command.class).name().equals(args[0])) {
        return verb;
      }
    }
    return null;
  }
}
