package dev.chorus.source;

import java.io.IOException;

/**
 * Maps the records of one platform export format to canonical posts.
 *
 * <p>Contract, checked for every registered source by {@code SourceContractTest}:
 *
 * <ul>
 *   <li>{@link #id()} is short, lower-case, stable ({@code [a-z0-9-]+}); it is the {@code --format} value and the
 *       provenance format.
 *   <li>{@link #read} streams: memory does not grow with the size of the input.
 *   <li>A record that cannot be mapped is passed to {@link RecordSink#reject} and reading goes on.
 *   <li>A file that cannot be read as a whole (not this format, truncated document, binary, too deeply nested) raises
 *       {@link UnreadableInputException} <em>before</em> any post is emitted, so that nothing of it is stored.
 *   <li>Instances are immutable and thread-safe.
 * </ul>
 */
public interface Source {
  /** Short stable id, e.g. {@code "telegram-export"}. */
  String id();

  /** One line for help texts and the README. */
  String description();

  /**
   * How sure this source is that the sniffed file is in its format: 0 = not mine, 100 = certainly mine. Must be cheap
   * and must never throw.
   */
  int detect(FileSniff sniff);

  /**
   * A copy of this source configured with options (e.g. a CSV column mapping: {@code column.text=body}). Sources
   * without options accept only an empty map; every source refuses unknown keys at once, naming them.
   */
  default Source configure(java.util.Map<String, String> options) {
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("format '" + id() + "' takes no options; unknown: "
          + String.join(", ", new java.util.TreeSet<>(options.keySet())));
    }
    return this;
  }

  /** Reads every record of {@code input} into {@code sink}. */
  void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException;
}
