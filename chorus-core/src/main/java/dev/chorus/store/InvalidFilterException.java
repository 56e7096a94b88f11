package dev.chorus.store;

/**
 * A filter value that cannot be used, naming the filter ({@code since}, {@code platform}, ...) so that the CLI can say
 * {@code --since} and the API can answer 400 with {@code "parameter": "since"}.
 */
public class InvalidFilterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String filter;

  /** @param problem what is wrong with the value; the message is {@code filter + ": " + problem} */
  public InvalidFilterException(String filter, String problem) {
    super(filter + ": " + problem);
    this.filter = filter;
  }

  /** The filter's name, as in {@link PostQueryParser#FILTERS}. */
  public String filter() {
    return filter;
  }
}
