package dev.chorus.server;

import java.time.Duration;

/**
 * How much work the server takes on at once. At most {@code maxInFlight} requests compute at a time (the dashboard
 * fires eight per view, so more than the cores would only make each slower); up to {@code maxQueued} more wait for a
 * turn, at most {@code queryBudget}; any request past that is answered 503 with {@code Retry-After} at once instead of
 * waiting half a minute. Every computation runs within {@code queryBudget} ({@link dev.chorus.store.QueryBudget}).
 * Answers from the response cache, the static files and {@code /api/health} never wait.
 *
 * @param maxInFlight requests computed at once, at least 1
 * @param maxQueued requests waiting for a turn, at least 0
 * @param queryBudget time one request may compute (and wait for a turn), positive
 */
public record ServerLimits(int maxInFlight, int maxQueued, Duration queryBudget) {
  /** Seconds a shed request is told to wait before asking again. */
  static final int RETRY_BUSY_SECONDS = 1;
  /** Seconds a request stopped by its budget is told to wait (the same question will need a calmer server). */
  static final int RETRY_BUDGET_SECONDS = 10;

  public ServerLimits {
    if (maxInFlight < 1 || maxQueued < 0) {
      throw new IllegalArgumentException("--max-queries must be 1 or more and --max-queued 0 or more, not "
          + maxInFlight + " and " + maxQueued);
    }
    if (queryBudget == null || queryBudget.isNegative() || queryBudget.isZero()) {
      throw new IllegalArgumentException("--query-budget must be a positive number of seconds, not " + queryBudget);
    }
  }

  /** One request per core (at least two) computing, four per core waiting, 15 s per request. */
  public static ServerLimits defaults() {
    int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
    return new ServerLimits(cores, 4 * cores, Duration.ofSeconds(15));
  }
}
