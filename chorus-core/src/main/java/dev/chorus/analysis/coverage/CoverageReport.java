package dev.chorus.analysis.coverage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chorus.ingest.RunLog;
import dev.chorus.analysis.measure.Drilldown;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage of the posts matching a filter.
 *
 * @param timeZone the zone whose days the spans count (the query's)
 * @param all every matching post
 * @param byPlatform per platform id
 * @param bySource per source format id (the provenance's format)
 * @param byFile per source file, or null when not asked for (it reads every matching post)
 * @param runs totals of the ingest run logs (all runs: the logs are not filtered)
 * @param rejects why records and files were rejected, from the rejects folder (all runs, not filtered)
 * @param collectors per collector: last run and success, posts added, outages and skipped stretches (not filtered)
 */
public record CoverageReport(Drilldown filter, java.time.ZoneId timeZone, Span all, List<Span> byPlatform, List<Span> bySource,
    List<Span> byFile, Runs runs, RejectSummary rejects, List<CollectorCoverage> collectors) {

  /**
   * Posts of one part and the days they cover.
   *
   * @param first earliest post, null when none
   * @param last latest post, null when none
   * @param days days (of the report's time zone) from the first to the last post, both included
   * @param missingDays the days among them without a post, in order
   * @param drilldown the filter of these posts, null for a file (files have no filter)
   */
  // the derived fields after the components, always: Jackson's order of a record's extra methods follows the JVM's
  // order of its declared methods, which changes from run to run (the data dictionary is compared as text)
  @JsonPropertyOrder({"label", "posts", "first", "last", "days", "missing_days",
      "drilldown", "days_without_posts", "missing_ranges"})
  public record Span(String label, long posts, Instant first, Instant last, long days, List<String> missingDays,
      Drilldown drilldown) {
    public Span {
      missingDays = List.copyOf(missingDays);
    }

    @JsonProperty("days_without_posts")
    public long daysWithoutPosts() {
      return missingDays.size();
    }

    /**
     * The missing days as runs of consecutive days: {@code 2025-04-02} for one day, {@code 2025-04-03/2025-04-05}
     * (an ISO 8601 interval, both ends included) for several. What the dashboard and the report show.
     */
    @JsonProperty("missing_ranges")
    public List<String> missingRanges() {
      List<String> out = new ArrayList<>();
      LocalDate start = null;
      LocalDate previous = null;
      for (String d : missingDays) {
        LocalDate day = LocalDate.parse(d);
        if (previous == null || !day.equals(previous.plusDays(1))) {
          if (start != null) {
            out.add(range(start, previous));
          }
          start = day;
        }
        previous = day;
      }
      if (start != null) {
        out.add(range(start, previous));
      }
      return out;
    }

    private static String range(LocalDate from, LocalDate to) {
      return from.equals(to) ? from.toString() : from + "/" + to;
    }
  }

  /**
   * Summed ingest run logs, and the logs themselves, oldest first; {@code duplicates} counts every copy the store
   * already had (the runs' unchanged posts and their losing copies).
   */
  public record Runs(long runs, long files, long read, long added, long updated, long duplicates,
      long rejectedRecords, long rejectedFiles, List<RunLog> logs) {}
}
