package dev.chorus.cli;

import dev.chorus.server.ServerLimits;
import dev.chorus.server.ServerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chorus serve [--port 7070] [--bind 127.0.0.1] [--allow-labelling] [--allow-host NAME] [--max-queries N]
 * [--max-queued N] [--query-budget SECONDS] [--watch]}: the dashboard and the JSON API, optionally with the
 * workspace's collectors running beside them.
 */
@Command(name = "serve", description = "Serve the dashboard and the JSON API of the workspace until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "" + ServerOptions.DEFAULT_PORT,
      description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--bind", defaultValue = ServerOptions.DEFAULT_BIND,
      description = "Address to listen on (default ${DEFAULT-VALUE}). Any non-loopback address needs an access "
          + "token: $CHORUS_TOKEN, else one is generated and printed once.")
  String bind;

  @Option(names = "--allow-labelling", description = "Enable the labelling endpoints (off: read-only).")
  boolean allowLabelling;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "A host name browsers may use besides localhost, 127.0.0.1, [::1] and the bound address "
          + "(repeatable), e.g. the machine's name on the network with --bind 0.0.0.0. Other names are refused (421).")
  List<String> allowedHosts = new ArrayList<>();

  @Option(names = "--max-queries", paramLabel = "N",
      description = "Requests computed at once (default: one per core, at least 2).")
  Integer maxQueries;

  @Option(names = "--max-queued", paramLabel = "N",
      description = "Requests waiting for a turn; past that the server answers 503 with Retry-After at once "
          + "(default: 4 per core).")
  Integer maxQueued;

  @Option(names = "--query-budget", paramLabel = "SECONDS",
      description = "Time one request may compute before it is stopped with 503 (default: 15).")
  Double queryBudget;

  @Option(names = "--watch", description = "Also run the collectors of the workspace's sources.yaml on their "
      + "intervals (as chorus watch does); the dashboard shows what they add within one interval.")
  boolean watch;

  @Override
  public Integer call() throws Exception {
    if (watch) {
      WatchInBackground.start(parent.workspace(), parent.env, spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
    ServerLimits d = ServerLimits.defaults();
    ServerLimits limits = new ServerLimits(maxQueries != null ? maxQueries : d.maxInFlight(),
        maxQueued != null ? maxQueued : d.maxQueued(), queryBudget == null ? d.queryBudget()
            : Duration.ofMillis(Math.round(queryBudget * 1000)));
    Serving.serveUntilInterrupted(parent.workspace(), bind, port, allowLabelling, allowedHosts, limits, parent.env,
        spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
