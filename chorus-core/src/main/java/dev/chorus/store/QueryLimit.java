package dev.chorus.store;

/**
 * What one query may ask for, checked before it runs (CLI and API alike): a query past a limit is refused with a
 * {@link QueryTooComplexException} naming the limit and its allowed value, instead of pinning every core for seconds
 * or overflowing the stack. The values are generous for anything a person types (a few dozen words, a handful of
 * wildcards) and small enough that the worst allowed query answers within the server's time budget on a million
 * posts. One place: the parser checks them, the API reports them, the README lists them.
 */
public enum QueryLimit {
  /** Parsing is linear, but every word is looked up in six fields. */
  LENGTH("length", 10_000, "characters"),
  /** The classic query parser recurses per parenthesis: 3,500 levels overflow the stack. */
  NESTING("nesting", 32, "levels of nested parentheses"),
  /** Words, phrases and ranges as typed (each is looked up in every text field). */
  CLAUSES("clauses", 256, "terms, phrases and ranges"),
  /** Each fuzzy term builds a Levenshtein automaton per field and walks the term dictionary with it. */
  FUZZY_TERMS("fuzzy_terms", 16, "fuzzy terms (word~)"),
  /** Wildcard, prefix and regular-expression terms walk the term dictionary with an automaton each. */
  PATTERN_TERMS("pattern_terms", 16, "wildcard, prefix and regular-expression terms"),
  /** Lucene's regular-expression parser recurses per character; a long pattern overflows the stack. */
  PATTERN_LENGTH("pattern_length", 256, "characters in one pattern"),
  /** Lucene's own limit on determinising an automaton (Operations.DEFAULT_DETERMINIZE_WORK_LIMIT). */
  AUTOMATON_STATES("automaton_states", 10_000, "automaton states of one pattern"),
  /** Lucene's limit on the clauses a query may rewrite to (IndexSearcher.getMaxClauseCount). */
  EXPANDED_TERMS("expanded_terms", 1024, "index terms after expanding fuzzy terms and patterns");

  private final String id;
  private final int allowed;
  private final String unit;

  QueryLimit(String id, int allowed, String unit) {
    this.id = id;
    this.allowed = allowed;
    this.unit = unit;
  }

  /** The name in an API error's {@code limit} field. */
  public String id() {
    return id;
  }

  /** The largest value allowed. */
  public int allowed() {
    return allowed;
  }

  /** What is counted, in words. */
  public String unit() {
    return unit;
  }
}
