package dev.chorus.ingest;

import dev.chorus.post.Post;
import dev.chorus.post.Provenance;
import java.time.Instant;

/**
 * What ingest adds to a post a source mapped, before pseudonymisation and annotation: where it came from (input,
 * record, format, when), the synthetic flag of the run, and for an undated record (a feed item without a date) the
 * time it was read. One place, used by file ingest, collectors and the stream job alike.
 */
public final class PostStamp {
  private PostStamp() {}

  public static Post apply(Post post, String input, long recordNumber, String format, Instant ingestedAt,
      boolean synthetic) {
    boolean undated = Provenance.isUndated(post);
    return post.toBuilder()
        .synthetic(synthetic || post.synthetic())
        .createdAt(undated && Provenance.NO_DATE.equals(post.createdAt()) ? ingestedAt : post.createdAt())
        .provenance(new Provenance(input, recordNumber, format, ingestedAt, undated)).build();
  }
}
