package dev.chorus.store;

import java.time.Duration;

/** A query that ran past its {@link QueryBudget}; nothing of its partial result is used. */
public final class QueryBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration budget;

  public QueryBudgetExceededException(Duration budget) {
    super("the query took longer than its time budget of " + seconds(budget) + " and was stopped; narrow it "
        + "(fewer fuzzy terms or patterns, a shorter time span, more filters) or try again when the server is less busy");
    this.budget = budget;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  public Duration budget() {
    return budget;
  }
}
