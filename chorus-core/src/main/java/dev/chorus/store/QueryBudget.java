package dev.chorus.store;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/**
 * A time budget for the store calls made on one thread: the server runs each request within one, and the store
 * checks it while it searches (Lucene's query timeout) and between the posts it loads, so a query past its budget
 * stops with {@link QueryBudgetExceededException} instead of holding a core for a minute. Without a budget (the CLI,
 * ingest) nothing is checked.
 *
 * <p>Design decision: a thread-local deadline rather than a parameter on every store call: every analysis reaches the
 * store through the same few calls on the request's thread, so one wrapper in the server covers all of them,
 * present and future, without widening the {@link PostStore} contract.
 */
public final class QueryBudget {
  private static final ThreadLocal<QueryBudget> CURRENT = new ThreadLocal<>();

  private final Duration budget;
  private final LongSupplier nanoTime;
  private final long deadline;

  private QueryBudget(Duration budget, LongSupplier nanoTime) {
    this.budget = budget;
    this.nanoTime = nanoTime;
    this.deadline = nanoTime.getAsLong() + budget.toNanos();
  }

  /** Runs {@code call} with a budget starting now, measured by {@code nanoTime} (tests pass a clock of their own). */
  public static <T> T within(Duration budget, LongSupplier nanoTime, Callable<T> call) throws Exception {
    QueryBudget outer = CURRENT.get();
    CURRENT.set(new QueryBudget(budget, nanoTime));
    try {
      return call.call();
    } finally {
      CURRENT.set(outer);
    }
  }

  /** The budget of this thread's current call, or null when it has none. */
  public static QueryBudget current() {
    return CURRENT.get();
  }

  /** Throws when this thread's budget is spent; does nothing without one. */
  public static void check() {
    QueryBudget b = CURRENT.get();
    if (b != null && b.spent()) {
      throw b.exceeded();
    }
  }

  public boolean spent() {
    return nanoTime.getAsLong() - deadline >= 0;
  }

  public Duration budget() {
    return budget;
  }

  public QueryBudgetExceededException exceeded() {
    return new QueryBudgetExceededException(budget);
  }
}
