package dev.chorus.cli;

import dev.chorus.collect.watch.Watcher;
import java.io.IOException;

/**
 * Runs a watcher in this thread and stops it cleanly on Ctrl-C or SIGTERM: the JVM's shutdown hook asks it to stop
 * and waits for the run in hand to store what it fetched (its cursor with it) and for the store to close before the
 * process ends.
 */
final class StopOnSignal {
  /** How long a stop waits for the run in hand: enough to store a run's pages, bounded so a kill still ends it. */
  private static final long GRACE_MILLIS = 120_000;

  private StopOnSignal() {}

  /** Runs {@code watcher}, then closes {@code after} (the store) before a stop lets the process end. */
  static int run(Watcher watcher, int rounds, java.io.Closeable after) throws IOException, InterruptedException {
    Thread worker = Thread.currentThread();
    Object done = new Object();
    boolean[] finished = {false};
    Thread hook = new Thread(() -> {
      watcher.stop();
      synchronized (done) {
        long until = System.currentTimeMillis() + GRACE_MILLIS;
        while (!finished[0] && System.currentTimeMillis() < until) {
          try {
            done.wait(Math.max(1, until - System.currentTimeMillis()));
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }, "chorus-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      watcher.run(rounds);
    } finally {
      after.close();
      synchronized (done) {
        finished[0] = true;
        done.notifyAll();
      }
      if (!watcher.stopping()) {
        removeHook(hook);
      }
    }
    return ExitCodes.OK;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the process is already ending; the hook runs and finds the watch finished
    }
  }
}
