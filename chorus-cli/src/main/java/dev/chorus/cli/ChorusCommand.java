package dev.chorus.cli;

import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.store.MissingIndexException;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus [--workspace DIR] COMMAND}: the entry point. */
// scope INHERIT: every subcommand, at any depth, gets -h/--help (and -V/--version) too
@Command(name = "chorus", mixinStandardHelpOptions = true, versionProvider = ChorusCommand.Version.class,
    scope = CommandLine.ScopeType.INHERIT,
    description = "Monitor and analyse online advocacy campaigns: ingest platform exports, search, count, export.")
public final class ChorusCommand {
  /**
   * The verbs that are classes of their own, in the order {@code chorus --help} lists them (then the analyses without
   * one, {@link AnalysisVerbs}). Added to the tree in {@link #commandLine}, not named in the annotation, so that a
   * command line that names one of them builds only that one.
   */
  static final List<Class<?>> VERBS = List.of(IngestCommand.class, CollectCommand.class, WatchCommand.class,
      AlertsCommand.class, ViewsCommand.class, StreamCommand.class, StatsCommand.class, SearchCommand.class,
      ExportCommand.class, FormatsCommand.class, AnnotateCommand.class, TopCommand.class, TrendsCommand.class,
      CohortsCommand.class, CallsCommand.class, CompareCommand.class, CoverageCommand.class,
      CoordinationCommand.class, ServeCommand.class, ReportCommand.class, DemoCommand.class, BenchCommand.class,
      ReindexCommand.class, EvalCommand.class, TrainCommand.class, LabelCommand.class, RevealCommand.class,
      DictionaryCommand.class, WorkspaceCommand.class, CommandLine.HelpCommand.class);

  @Option(names = "--workspace", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "Workspace folder (default: $CHORUS_WORKSPACE, else ./chorus-data).")
  Path workspaceOption;

  @Option(names = "--store", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
      description = "The store to read and write instead of the workspace's own (default: $CHORUS_STORE, else the "
          + "one workspace.yaml names): lucene:FOLDER, or opensearch://HOST:PORT/INDEX.")
  String storeOption;

  final Map<String, String> env;

  public ChorusCommand(Map<String, String> env) {
    this.env = env;
  }

  /** The workspace of {@code --workspace}, with the store of {@code --store} (or {@code CHORUS_STORE}) if given. */
  Workspace workspace() {
    return Workspace.resolve(workspaceOption, env).withStore(storeOption != null ? storeOption
        : env.get(Workspace.STORE_ENV));
  }

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line and returns its exit code; used by {@link #main} and by tests. */
  public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    return run(commandLine(env, Analyses.ALL, onlyVerb(args)), args, env, out, err);
  }

  /** The command tree: the declared verbs, a verb for every other registered analysis, the filter options. */
  static CommandLine commandLine(Map<String, String> env, List<Analysis<?, ?>> analyses) {
    return commandLine(env, analyses, null);
  }

  /**
   * The whole command tree, or the tree of the declared verb {@code only}: picocli reads every option of every verb
   * by reflection as it builds them, about 0.3 s of a short command's 1.5 s, which a command line that runs one verb
   * need not wait for.
   */
  static CommandLine commandLine(Map<String, String> env, List<Analysis<?, ?>> analyses, Class<?> only) {
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

  /** Runs a command line on a command tree; tests give a tree with more analyses. */
  static int run(CommandLine cl, String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parse) -> {
      if (e instanceof IllegalArgumentException || e instanceof NoSuchFileException
          || e instanceof MissingIndexException) {
        line.getErr().println("chorus: " + message(e));
        return ExitCodes.USAGE;
      }
      if (e instanceof LockObtainFailedException) {
        line.getErr().println("chorus: the workspace is in use by another chorus process (" + e.getMessage() + ")");
        return ExitCodes.ERROR;
      }
      line.getErr().println("chorus: " + message(e));
      if (env.containsKey("CHORUS_DEBUG")) {
        e.printStackTrace(line.getErr());
      }
      return ExitCodes.ERROR;
    });
    cl.setExecutionStrategy(parsed -> {
      warnIfStale(parsed);
      return new CommandLine.RunLast().execute(parsed);
    });
    try {
      return cl.execute(args);
    } finally {
      // a command that ends on print() rather than println() (dictionary) would otherwise lose the tail of its output
      // still in the writer's buffer when main exits: 48 KiB of a 55 KiB dictionary, with exit code 0
      out.flush();
      err.flush();
    }
  }

  /**
   * Says once, before any command that uses a workspace runs, when its index was built by an older version (queries
   * could miss posts): a silent wrong answer otherwise. {@code reindex} is the cure, and says nothing itself.
   */
  private static void warnIfStale(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult leaf = parsed;
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
    }
    String verb = leaf.commandSpec().name();
    if (leaf == parsed || parsed.isUsageHelpRequested() || leaf.isUsageHelpRequested() || verb.equals("reindex")
        || verb.equals("demo") || verb.equals("formats") || verb.equals("dictionary")) {
      return;
    }
    ChorusCommand root = (ChorusCommand) parsed.commandSpec().userObject();
    try {
      root.workspace().staleness().ifPresent(w -> parsed.commandSpec().commandLine().getErr()
          .println("chorus: warning: " + root.workspace().root() + ": " + w));
    } catch (java.io.IOException | RuntimeException e) {
      // the command itself reports a workspace it cannot read, in its own words
    }
  }

  private static String message(Exception e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file or folder";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The version from the jar manifest, or "development build" when run from classes. */
  static String versionString() {
    String v = ChorusCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"chorus " + versionString()};
    }
  }
}
