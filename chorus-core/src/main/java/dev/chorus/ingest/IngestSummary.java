package dev.chorus.ingest;

import java.util.List;

/**
 * The outcome of an ingest run. {@code read = added + updated + duplicates + rejectedRecords}.
 *
 * @param files files looked at
 * @param read posts mapped plus records rejected
 * @param added new posts
 * @param updated posts that replaced an older or different copy
 * @param duplicates posts the store already had
 * @param rejectedRecords records that could not be mapped
 * @param failedFiles files that could not be read at all
 * @param posts collected posts in the store after the run (those the files list as results)
 * @param referenced referenced posts in the store after the run (context shipped along: included, reposted or quoted
 *     originals; see {@link dev.chorus.post.PostRole}), counted apart from {@code posts}
 * @param rejectsFile where rejected records were written, or null when there were none
 * @param encodingReplaced records (kept or rejected) whose text had bytes that are not valid in the file's character
 *     set, stored with U+FFFD in their place; counted apart from {@code read}
 * @param encodingFiles per file with such records: how many, and the first line where it happened
 * @param rejectReasons the most common reasons records or files were rejected, most common first
 */
public record IngestSummary(
    long files,
    long read,
    long added,
    long updated,
    long duplicates,
    long rejectedRecords,
    List<FileFailure> failedFiles,
    long posts,
    long referenced,
    String rejectsFile,
    long encodingReplaced,
    List<EncodingReplacement> encodingFiles,
    List<ReasonCount> rejectReasons) {

  /** A file that could not be read, and why. */
  public record FileFailure(String file, String reason) {}

  /** A file with records whose undecodable bytes were replaced by U+FFFD: how many, and the first one's line. */
  public record EncodingReplacement(String file, long records, long firstLine) {}

  /** A reject reason (without the record's line) and how many records or files it rejected. */
  public record ReasonCount(String reason, long count) {}

  public IngestSummary {
    failedFiles = List.copyOf(failedFiles);
    encodingFiles = List.copyOf(encodingFiles);
    rejectReasons = List.copyOf(rejectReasons);
  }

  /** A summary without referenced posts, encoding replacements or reject reasons. */
  public IngestSummary(long files, long read, long added, long updated, long duplicates, long rejectedRecords,
      List<FileFailure> failedFiles, long posts, String rejectsFile) {
    this(files, read, added, updated, duplicates, rejectedRecords, failedFiles, posts, 0, rejectsFile, 0, List.of(),
        List.of());
  }

  /** Rejected records plus files that could not be read. */
  public long rejected() {
    return rejectedRecords + failedFiles.size();
  }

  public boolean clean() {
    return rejected() == 0;
  }
}
