package dev.chorus.analysis.coverage;

import java.util.Map;

/**
 * What ingest rejected, over every rejects file of the workspace.
 *
 * @param rejectFiles number of rejects files (one per ingest run that rejected something)
 * @param records rejected records
 * @param files input files rejected as a whole (record number 0)
 * @param byReason rejected records and files per reason, the most frequent first (at most {@link #TOP_REASONS})
 */
public record RejectSummary(int rejectFiles, long records, long files, Map<String, Long> byReason) {
  public static final int TOP_REASONS = 20;

  public RejectSummary {
    byReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byReason));
  }

  public static RejectSummary none() {
    return new RejectSummary(0, 0, 0, Map.of());
  }
}
