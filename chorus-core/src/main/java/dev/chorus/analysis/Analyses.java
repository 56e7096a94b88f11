package dev.chorus.analysis;

import java.util.List;

/**
 * The registered analyses. The CLI registers a verb's options and the server a route for each, so adding an analysis
 * is one class and one line here.
 */
public final class Analyses {
  public static final List<Analysis<?, ?>> ALL = List.of(new SearchAnalysis(), new StatsAnalysis(),
      new TopAnalysis(), new TrendsAnalysis(), new CohortsAnalysis(), new CallsAnalysis(), new CoordinationAnalysis(),
      new CoverageAnalysis(), new CompareAnalysis());

  /**
   * {@code tz} ({@code --tz}): the time zone an analysis counts days, weeks and hours in, and in which a day given as
   * {@code since} or {@code until} starts. Accepted wherever the filters are (every analysis, the export, the report),
   * since it says how their days are read; declared here once for the API, the CLI, the page and the documents.
   */
  public static final Parameter TIME_ZONE = Parameter.zone("tz", "Time zone (an IANA id such as Asia/Tehran or "
      + "America/New_York) whose midnights, Mondays and hours start the days, weeks and hours counted, and the days of "
      + "since and until. Default: the workspace's (time_zone in workspace.yaml), else UTC.");

  private Analyses() {}

  /**
   * The zone of a {@code tz} value as given (null or blank: {@code workspaceZone}).
   *
   * @throws InvalidParameterException when it names no time zone
   */
  public static java.time.ZoneId timeZone(String raw, java.time.ZoneId workspaceZone) {
    java.time.ZoneId given = (java.time.ZoneId) TIME_ZONE.parse(raw);
    return given != null ? given : workspaceZone;
  }

  /** The analysis called {@code id}. */
  public static Analysis<?, ?> byId(String id) {
    return ALL.stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no analysis '" + id + "'; registered: "
            + ALL.stream().map(Analysis::id).toList()));
  }
}
