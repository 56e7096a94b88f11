package dev.chorus.coverage;

import dev.chorus.ingest.RunLog;
import dev.chorus.measure.Drilldown;
import java.time.Instant;
import java.util.List;

/**
 * Coverage of the posts matching a filter.
 *
 * @param all every matching post
 * @param byPlatform per platform id
 * @param bySource per source format id (the provenance's format)
 * @param byFile per source file, or null when not asked for (it reads every matching post)
 * @param runs totals of the ingest run logs (all runs: the logs are not filtered)
 */
public record CoverageReport(Drilldown filter, Span all, List<Span> byPlatform, List<Span> bySource,
    List<Span> byFile, Runs runs) {

  /**
   * Posts of one part and the days they cover.
   *
   * @param first earliest post, null when none
   * @param last latest post, null when none
   * @param days UTC days from the first to the last post, both included
   * @param missingDays the days among them without a post, in order
   * @param drilldown the filter of these posts, null for a file (files have no filter)
   */
  public record Span(String label, long posts, Instant first, Instant last, long days, List<String> missingDays,
      Drilldown drilldown) {
    public Span {
      missingDays = List.copyOf(missingDays);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("days_without_posts")
    public long daysWithoutPosts() {
      return missingDays.size();
    }
  }

  /** Summed ingest run logs, and the logs themselves, oldest first. */
  public record Runs(long runs, long files, long read, long added, long updated, long duplicates,
      long rejectedRecords, long rejectedFiles, List<RunLog> logs) {}
}
