package dev.chorus.store;

/**
 * A query past one of the {@link QueryLimit}s, refused before it runs: the message says what was found, the limit's
 * name and its allowed value, e.g. {@code q: 1024 fuzzy terms (word~); at most 16 are allowed (limit fuzzy_terms)}.
 */
public final class QueryTooComplexException extends InvalidFilterException {
  private static final long serialVersionUID = 1L;

  private final transient QueryLimit limit;

  /** @param found what the query has, in words ("more than 32", "1024") */
  public QueryTooComplexException(QueryLimit limit, String found) {
    super(PostQueryParser.QUERY, found + " " + limit.unit() + "; at most " + limit.allowed()
        + " are allowed (limit " + limit.id() + ")");
    this.limit = limit;
  }

  public QueryLimit limit() {
    return limit;
  }
}
