package dev.chorus.analysis.coverage;

import java.time.Instant;
import java.util.List;

/**
 * What one collector (a kind and its target) covered, from its run files: when it last ran and last succeeded, what
 * its runs added, and everything it could not cover. A gap is never silent: a stretch a run had to skip (a page limit
 * before the previous position) and every outage (runs that failed, from the first failure to the next success, or
 * still going) are listed.
 *
 * @param lastSuccess the end of the last run without an error, null when none succeeded
 * @param recent the last runs, newest last (at most {@link CollectorRuns#RECENT})
 */
public record CollectorCoverage(String kind, String target, long runs, Instant lastRun, Instant lastSuccess,
    long added, long failedRuns, List<Outage> outages, List<Skipped> skipped, List<Run> recent) {

  public CollectorCoverage {
    outages = List.copyOf(outages);
    skipped = List.copyOf(skipped);
    recent = List.copyOf(recent);
  }

  /**
   * Runs in a row that failed: from the start of the first to the end of the next successful run (null: still
   * failing), how many, and the last error in words.
   */
  public record Outage(Instant from, Instant to, long runs, String lastError) {}

  /** A stretch one run could not cover, in the run's words. */
  public record Skipped(Instant run, String what) {}

  /** One run: when it ended, what it fetched and added, and its error (null when it succeeded). */
  public record Run(Instant finished, long fetched, long added, String error) {}
}
