package dev.chorus.analysis;

import dev.chorus.analysis.coordination.CoordinationReport;
import dev.chorus.analysis.coordination.CoordinationRequest;
import dev.chorus.analysis.coordination.CoordinationService;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.network.CommunityAlgorithm;
import dev.chorus.analysis.coordination.network.WeightThreshold;
import dev.chorus.store.PostQuery;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** {@code coordination}: accounts sharing the same objects within seconds, as a network and groups. */
public final class CoordinationAnalysis
    implements Analysis<CoordinationAnalysis.Parameters, CoordinationView> {
  private static final List<Parameter> PARAMETERS = List.of(
      Parameter.choice("by", ObjectKind.URL.id(), Arrays.stream(ObjectKind.values()).map(ObjectKind::id).toList(),
          "Shared object."),
      Parameter.integer("time_window", (int) CoordinationRequest.DEFAULT_TIME_WINDOW, 0, 86_400 * 30,
          "Seconds within which two shares are coordinated."),
      Parameter.integer("min_participation", CoordinationRequest.DEFAULT_MIN_PARTICIPATION, 0, 1_000_000,
          "Shares an account needs, before and after pairing."),
      Parameter.number("min_weight", CoordinationRequest.DEFAULT_MIN_WEIGHT, 0, 1e9,
          "Fewest co-shared objects per edge."),
      Parameter.number("weight_quantile", null, 0, 1,
          "Instead of min_weight: keep edges at or above this quantile of all edge weights."),
      Parameter.number("similarity", CoordinationRequest.DEFAULT_SIMILARITY, 0.05, 1,
          "by=text: Jaccard threshold of near-duplicates."),
      Parameter.choice("community", CommunityAlgorithm.GREEDY_MODULARITY.id(),
          Arrays.stream(CommunityAlgorithm.values()).map(CommunityAlgorithm::id).toList(),
          "How groups are found (none: connected components)."),
      Parameter.integer("groups", 20, 1, 200, "Groups listed, with their accounts in the network."));

  /** The request (its query left to {@link #run}) and the number of groups shown. */
  public record Parameters(ObjectKind by, long timeWindow, int minParticipation, WeightThreshold threshold,
      double similarity, CommunityAlgorithm community, int groups) {
    CoordinationRequest request(PostQuery query) {
      return new CoordinationRequest(query, by, timeWindow, minParticipation, threshold, similarity, community);
    }
  }

  @Override
  public String id() {
    return "coordination";
  }

  @Override
  public String summary() {
    return "Accounts sharing the same objects within seconds: network, groups.";
  }

  @Override
  public String help() {
    return "Accounts that share the same object (a reposted post, a link, a hashtag, a near-identical text) "
        + "within the time window, as a network; groups are its communities, with per-group statistics. "
        + "Co-sharing within seconds is a signal of coordination, not proof: news events make many accounts "
        + "share the same link at once. Check a group's example posts.";
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    if (v.given("min_weight") && v.given("weight_quantile")) {
      throw new InvalidParameterException(PARAMETERS.get(4), "cannot go with min_weight: give one of them");
    }
    WeightThreshold threshold = v.given("weight_quantile") ? WeightThreshold.quantile(v.number("weight_quantile"))
        : WeightThreshold.atLeast(v.number("min_weight"));
    return new Parameters(ObjectKind.fromId(v.string("by")), v.integer("time_window"),
        v.integer("min_participation"), threshold, v.number("similarity"),
        CommunityAlgorithm.fromId(v.string("community")), v.integer("groups"));
  }

  @Override
  public CoordinationView run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    return CoordinationView.of(report(context, query, p), p.groups());
  }

  /** The full report, network included, for the CLI's GEXF and GraphML exports. */
  public CoordinationReport report(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    return new CoordinationService().analyse(context.store(), p.request(query));
  }
}
