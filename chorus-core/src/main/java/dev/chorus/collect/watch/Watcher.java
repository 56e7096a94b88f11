package dev.chorus.collect.watch;

import dev.chorus.collect.CollectRun;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs watched sources one at a time, each when it is due, until {@link #stop()} (or until each has run a given
 * number of times). Every source is due at the start; afterwards {@link Backoff} says when. A run that failed part
 * way ({@link CollectRun#error()}) has stored what it fetched; it is recorded in its run file like any collect run, and
 * the source backs off. A store that cannot be written ends the watch (an {@link IOException}): nothing more could be
 * kept.
 */
public final class Watcher {
  /** Runs one source once; stops paging once {@code stopRequested} turns true. */
  public interface Runner {
    CollectRun run(WatchedSource source, BooleanSupplier stopRequested) throws IOException, InterruptedException;
  }

  /** Hears about each run and when its source runs next. */
  public interface Listener {
    void ran(WatchedSource source, CollectRun run, Instant next);
  }

  /** A source's place in the schedule. */
  private static final class Slot {
    final WatchedSource source;
    Instant due;
    int failures;
    int runs;

    Slot(WatchedSource source, Instant due) {
      this.source = source;
      this.due = due;
    }
  }

  private final List<Slot> slots = new ArrayList<>();
  private final Runner runner;
  private final Clock clock;
  private final Backoff backoff;
  private final Listener listener;
  private volatile boolean stopping;

  public Watcher(List<WatchedSource> sources, Runner runner, Clock clock, Backoff backoff, Listener listener) {
    Instant now = clock.instant();
    sources.forEach(s -> slots.add(new Slot(s, now)));
    this.runner = runner;
    this.clock = clock;
    this.backoff = backoff;
    this.listener = listener;
  }

  /**
   * Runs until {@link #stop()}, or until every source has run {@code rounds} times when {@code rounds > 0}.
   *
   * @return the number of runs made
   */
  public int run(int rounds) throws IOException, InterruptedException {
    int made = 0;
    while (!stopping) {
      Slot next = slots.stream().filter(s -> rounds <= 0 || s.runs < rounds).min(Comparator.comparing(s -> s.due))
          .orElse(null);
      if (next == null) {
        break;
      }
      if (!waitUntil(next.due)) {
        break;
      }
      CollectRun run = runner.run(next.source, () -> stopping);
      made++;
      next.runs++;
      schedule(next, run);
      listener.ran(next.source, run, next.due);
    }
    return made;
  }

  /** Asks the watch to end: the run in hand stores what it fetched and no other starts. Safe from any thread. */
  public void stop() {
    stopping = true;
    synchronized (this) {
      notifyAll();
    }
  }

  public boolean stopping() {
    return stopping;
  }

  private void schedule(Slot slot, CollectRun run) {
    Duration every = slot.source.every();
    if (run.error() == null) {
      slot.failures = 0;
      slot.due = clock.instant().plus(backoff.afterSuccess(every));
    } else {
      slot.failures++;
      Duration asked = run.retryAfterSeconds() == null ? null : Duration.ofSeconds(run.retryAfterSeconds());
      slot.due = clock.instant().plus(backoff.afterFailure(every, slot.failures, asked));
    }
  }

  /** Sleeps until {@code due}; false when a stop came first. */
  private synchronized boolean waitUntil(Instant due) throws InterruptedException {
    while (!stopping) {
      long millis = Duration.between(clock.instant(), due).toMillis();
      if (millis <= 0) {
        return true;
      }
      wait(millis);
    }
    return false;
  }
}
