package dev.chorus.source;

import dev.chorus.post.Post;

/** Receives what a source makes of each record. Posts arrive without provenance; the ingest adds it. */
public interface RecordSink {
  /** A mapped post; {@code recordNumber} is 1-based (a line of NDJSON, an element of a JSON array). */
  void post(long recordNumber, Post post);

  /** A record that could not be mapped, with the reason (naming the field) and an excerpt of the raw record. */
  void reject(long recordNumber, String reason, String rawExcerpt);

  /**
   * A record (also passed to {@link #post} or {@link #reject}) whose text had bytes that are not valid in the file's
   * character set; they were replaced by U+FFFD. {@code line} is the first line of the record.
   */
  default void undecodableBytes(long recordNumber, long line) {}
}
