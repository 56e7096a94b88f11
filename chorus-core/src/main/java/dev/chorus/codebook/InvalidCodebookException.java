package dev.chorus.codebook;

/**
 * A codebook file that cannot be used, with where the problem is: the file, the line (0 when unknown) and the path of
 * the key ({@code frames[3].camp}; empty at the top level). An {@link IllegalArgumentException}, so the CLI reports it
 * as a usage error (exit 2) with this message.
 */
public final class InvalidCodebookException extends IllegalArgumentException {
  private final String source;
  private final int line;
  private final String path;

  public InvalidCodebookException(String source, int line, String path, String problem) {
    super(source + (line > 0 ? " line " + line : "") + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    this.source = source;
    this.line = line;
    this.path = path;
  }

  /** The file name (or resource name) the codebook was read from. */
  public String source() {
    return source;
  }

  /** 1-based line of the offending key or value, 0 when unknown. */
  public int line() {
    return line;
  }

  /** Path of the offending key, e.g. {@code frames[3].camp}; empty for the document itself. */
  public String path() {
    return path;
  }
}
