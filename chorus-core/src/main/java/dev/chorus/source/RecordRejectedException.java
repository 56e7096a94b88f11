package dev.chorus.source;

/**
 * Thrown while mapping one record when it cannot become a post. The message names the field and what is wrong with
 * it, e.g. {@code "field 'created_at': not a date: 'yesterday'"}.
 */
public class RecordRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordRejectedException(String message) {
    super(message);
  }

  public static RecordRejectedException field(String field, String problem) {
    return new RecordRejectedException("field '" + field + "': " + problem);
  }
}
