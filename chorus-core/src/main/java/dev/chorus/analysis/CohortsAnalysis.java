package dev.chorus.analysis;

import dev.chorus.analysis.camps.CampsReport;
import dev.chorus.analysis.camps.CampsService;
import dev.chorus.store.PostQuery;
import dev.chorus.store.TimeSeries;
import java.io.IOException;
import java.util.List;

/** {@code cohorts}: the codebook's cohorts (camps) compared. */
public final class CohortsAnalysis implements Analysis<CohortsAnalysis.Parameters, CampsReport> {
  private static final List<Parameter> PARAMETERS = List.of(
      Parameter.choice("interval", "week", TrendsAnalysis.INTERVALS, "Bucket length of series and convergence: hour, day, "
          + "week (from Monday) or calendar month, in the time zone tz."),
      Parameter.integer("top", 10, 1, 100, "Actors, hashtags and domains per cohort."),
      Parameter.integer("min_framed", 5, 1, 1_000_000,
          "Framed posts each cohort needs in a bucket for a convergence distance."),
      Parameter.integer("max_ids", 200, 0, 10_000, "Post ids listed per cross-reference."));

  /** The parameters of {@link CampsService#compare}. */
  public record Parameters(TimeSeries.Interval interval, int top, int minFramed, int maxIds) {}

  @Override
  public String id() {
    return "cohorts";
  }

  @Override
  public String summary() {
    return "Cohorts compared: stance, frames, actors, hashtags, domains, series, frame-mix convergence, "
        + "cross-references, with 95% Wilson intervals.";
  }

  @Override
  public String help() {
    return "Each cohort (camp) of the codebook: posts, stance and frame shares, top actors, hashtags and "
        + "domains, each share with its 95% Wilson interval; the convergence of two cohorts' frame mixes per "
        + "bucket (Jensen-Shannon distance, 0 = the same mix); cross-references between cohorts. Cohorts come "
        + "from member lists and rules: posts of accounts no rule knows are in none. Stance and frame labels "
        + "are model-made: read them with the models' measured accuracy.";
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    return new Parameters(TimeSeries.Interval.parse(v.string("interval")), v.integer("top"), v.integer("min_framed"),
        v.integer("max_ids"));
  }

  @Override
  public CampsReport run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    return new CampsService(context.store(), context.codebook(), context.pseudonyms().get())
        .compare(query, p.interval(), p.top(), p.minFramed(), p.maxIds());
  }
}
