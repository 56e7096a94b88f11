package dev.chorus.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded concurrency with load shedding ({@link ServerLimits}): a request computes only with one of
 * {@code maxInFlight} permits; up to {@code maxQueued} wait for one (first come, first served) and every other is
 * refused at once with a 503 and {@code Retry-After}, so a burst costs the late-comers a quick "busy" rather than
 * everyone a half-minute wait and the server its memory.
 */
final class QueryGate {
  private final Semaphore permits;
  private final int maxInFlight;
  private final int maxQueued;
  private final Duration maxWait;
  private final AtomicInteger queued = new AtomicInteger();

  QueryGate(ServerLimits limits) {
    this.permits = new Semaphore(limits.maxInFlight(), true);
    this.maxInFlight = limits.maxInFlight();
    this.maxQueued = limits.maxQueued();
    this.maxWait = limits.queryBudget();
  }

  /** A turn, which the caller must close; a 503 when the queue is full or the wait too long. */
  Turn enter() {
    if (permits.tryAcquire()) {
      return permits::release;
    }
    if (queued.incrementAndGet() > maxQueued) {
      queued.decrementAndGet();
      throw busy(maxInFlight + " requests running and " + maxQueued + " waiting");
    }
    try {
      if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy("no turn came within " + maxWait.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is stopping
      throw busy("it is stopping");
    } finally {
      queued.decrementAndGet();
    }
    return permits::release;
  }

  private static ApiException busy(String why) {
    return ApiException.unavailable("the server is busy (" + why + "); try again in "
        + ServerLimits.RETRY_BUSY_SECONDS + " s", "busy", ServerLimits.RETRY_BUSY_SECONDS);
  }

  /** Requests waiting for a turn now. */
  int queued() {
    return queued.get();
  }

  /** A permit to compute, given back on close. */
  @FunctionalInterface
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }
}
