package dev.chorus.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Where a post came from: the file, the record's number in it (1-based: line for line-oriented formats, element for
 * JSON arrays), the source format id and when it was ingested.
 *
 * @param undated true when the record gave no date of its own (a feed entry without {@code pubDate}, {@code dc:date},
 *     {@code published} or {@code updated}): {@code createdAt} is then the collection time, the feed's own date
 *     when it has one, else the ingest time. Kept, not rejected, so that counts are right; filters on time should
 *     know that such a date is when the post was seen, not when it was written.
 */
public record Provenance(String sourceFile, long recordNumber, String format, Instant ingestedAt,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean undated) {

  /** Stands for "no date at all" in an undated post until the ingest gives it the ingest time. */
  public static final Instant NO_DATE = Instant.EPOCH;

  public Provenance(String sourceFile, long recordNumber, String format, Instant ingestedAt) {
    this(sourceFile, recordNumber, format, ingestedAt, false);
  }

  /** What a source sets on a post that has no date of its own (the ingest fills in file, record and format). */
  public static Provenance undatedRecord() {
    return new Provenance(null, 0, null, null, true);
  }

  /** True when the source marked {@code post} as undated. */
  public static boolean isUndated(Post post) {
    return post.provenance() != null && post.provenance().undated();
  }
}
