package dev.chorus.cli;

import dev.chorus.analysis.Analyses;
import dev.chorus.store.MissingIndexException;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    return run(CommandTree.of(env, Analyses.ALL, CommandTree.onlyVerb(args)), args, env, out, err);
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
