package dev.chorus.cli;

import dev.chorus.collect.watch.Watcher;
import dev.chorus.collect.watch.WorkspaceWatch;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * {@code serve --watch}: the workspace's watch on a thread of its own beside the server. The server reads what each
 * run commits (its store follows the writer's commits); on Ctrl-C the run in hand stores what it fetched and the
 * store is closed before the process ends.
 */
final class WatchInBackground {
  private static final long GRACE_MILLIS = 120_000;

  private WatchInBackground() {}

  /** Opens the watch (a bad sources.yaml is refused here, before serving) and starts it. */
  static void start(Workspace ws, Map<String, String> env, PrintWriter out, PrintWriter err) throws IOException {
    WorkspaceWatch watch = WorkspaceWatch.open(ws, env, Clock.systemUTC());
    Watcher watcher = watch.watcher((source, run, next) -> {
      try {
        CollectCommand.print(run, false, WatchCommand.TIME.format(run.finished()) + " ", out, err);
        if (run.added() + run.updated() > 0) {
          AlertsCommand.check(ws, watch.store(), err).forEach(a -> out.println("alert: " + a.line()));
          out.flush();
        }
      } catch (Exception e) {
        err.println("chorus: cannot print a run's summary");
      }
    });
    Thread thread = new Thread(() -> {
      try {
        watcher.run(0);
      } catch (IOException e) {
        err.println("chorus: the watch stopped: the store could not be written (" + e.getMessage() + "); the "
            + "dashboard goes on serving what is stored");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        close(watch, err);
      }
    }, "chorus-watch");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      watcher.stop();
      try {
        thread.join(GRACE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chorus-watch-stop"));
    out.printf("watching %d sources of %s%n", watch.plan().sources().size(), ws.root());
    out.flush();
    thread.start();
  }

  private static void close(WorkspaceWatch watch, PrintWriter err) {
    try {
      watch.close();
    } catch (IOException e) {
      err.println("chorus: cannot close the store after the watch: " + e.getMessage());
    }
  }
}
