package dev.chorus.source;

import java.util.regex.Pattern;

/**
 * A source's identity, declared once in its constructor: the id (the {@code --format} value and the provenance
 * format) and the one-line description of help texts. Sources extend it and implement detection and reading.
 */
public abstract class AbstractSource implements Source {
  /** Ids are stable command-line values and provenance: lower-case words joined by '-'. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String id;
  private final String description;

  /** Refuses, when the source is created, an id that is not lower-case words joined by '-' or a blank description. */
  protected AbstractSource(String id, String description) {
    if (!ID.matcher(id).matches() || description.isBlank()) {
      throw new IllegalArgumentException("source id '" + id + "' must be lower-case words joined by '-', with a "
          + "description");
    }
    this.id = id;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }
}
