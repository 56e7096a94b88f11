package dev.chorus.source;

/**
 * A source's identity, declared once in its constructor: the id (the {@code --format} value and the provenance
 * format) and the one-line description of help texts. Sources extend it and implement detection and reading.
 */
public abstract class AbstractSource implements Source {
  private final String id;
  private final String description;

  protected AbstractSource(String id, String description) {
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
