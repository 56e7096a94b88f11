package dev.chorus.cli;

import dev.chorus.collect.watch.Watcher;
import dev.chorus.collect.watch.WatchedSource;
import dev.chorus.collect.watch.WorkspaceWatch;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chorus watch [--rounds N] [--json]}: the collectors of {@code sources.yaml}, each on its interval. */
@Command(name = "watch", description = "Run every collector listed in the workspace's sources.yaml on its interval "
    + "until Ctrl-C (or SIGTERM): the run in hand stores what it fetched, then the watch ends.")
final class WatchCommand implements Callable<Integer> {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "0",
      description = "End after every source has run N times (default: run until stopped).")
  int rounds;

  @Option(names = "--json", description = "Print each run as one JSON object (one a line).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (rounds < 0) {
      throw new IllegalArgumentException("--rounds must be 0 (until stopped) or more; found " + rounds);
    }
    try (WorkspaceWatch watch = WorkspaceWatch.open(parent.workspace(), parent.env, Clock.systemUTC())) {
      Watcher watcher = watch.watcher((source, run, next) -> {
        ran(source, run, next);
        alertsAfter(run, watch);
      });
      if (!json) {
        spec.commandLine().getOut().printf("watching %d sources of %s (Ctrl-C to stop)%n",
            watch.plan().sources().size(), parent.workspace().root());
        spec.commandLine().getOut().flush();
      }
      return StopOnSignal.run(watcher, rounds, watch);
    }
  }

  /** Alerts are evaluated after each run that changed the store; new ones are printed (and sent to the webhook). */
  private void alertsAfter(dev.chorus.collect.CollectRun run, WorkspaceWatch watch) {
    if (run.added() + run.updated() == 0) {
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      for (dev.chorus.alerts.Alert a : AlertsCommand.check(parent.workspace(), watch.store(),
          spec.commandLine().getErr())) {
        out.println(json ? "{\"alert\":" + dev.chorus.json.JsonConfig.mapper().writeValueAsString(a) + "}"
            : "alert: " + a.line());
      }
      out.flush();
    } catch (Exception e) {
      spec.commandLine().getErr().println("chorus: the alert rules could not be evaluated: " + e.getMessage());
    }
  }

  private void ran(WatchedSource source, dev.chorus.collect.CollectRun run, Instant next) {
    try {
      CollectCommand.print(run, json, json ? "" : TIME.format(run.finished()) + " ", spec.commandLine().getOut(),
          spec.commandLine().getErr());
      if (!json) {
        spec.commandLine().getOut().printf("%s next run of %s %s at %s UTC%n", TIME.format(run.finished()),
            source.kind(), run.target(), TIME.format(next));
        spec.commandLine().getOut().flush();
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot print a run's summary", e);
    }
  }
}
