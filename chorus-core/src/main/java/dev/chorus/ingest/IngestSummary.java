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
 * @param posts posts in the store after the run
 * @param rejectsFile where rejected records were written, or null when there were none
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
    String rejectsFile) {

  /** A file that could not be read, and why. */
  public record FileFailure(String file, String reason) {}

  /** Rejected records plus files that could not be read. */
  public long rejected() {
    return rejectedRecords + failedFiles.size();
  }

  public boolean clean() {
    return rejected() == 0;
  }
}
