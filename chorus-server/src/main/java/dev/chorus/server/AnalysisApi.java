package dev.chorus.server;

import static dev.chorus.server.ChorusApi.withQueryText;

import dev.chorus.calls.CallsService;
import dev.chorus.camps.CampsService;
import dev.chorus.codebook.Codebook;
import dev.chorus.coordination.CoordinationRequest;
import dev.chorus.coordination.CoordinationService;
import dev.chorus.coordination.ObjectKind;
import dev.chorus.coordination.network.CommunityAlgorithm;
import dev.chorus.coordination.network.WeightThreshold;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import dev.chorus.trends.BurstDetector;
import dev.chorus.trends.TrendsService;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The handlers of the analyses: trends, cohorts, calls to action and coordinated sharing. Each checks its method
 * parameters (a bad one is a 400 naming it) and renders one core service call.
 */
final class AnalysisApi {
  static final List<String> INTERVALS = Arrays.stream(TimeSeries.Interval.values()).map(TimeSeries.Interval::id)
      .toList();
  static final List<String> DIMENSIONS = List.copyOf(new TreeSet<>(TrendsService.DIMENSIONS));
  static final List<String> OBJECT_KINDS = Arrays.stream(ObjectKind.values()).map(ObjectKind::id).toList();
  static final List<String> COMMUNITIES = Arrays.stream(CommunityAlgorithm.values()).map(CommunityAlgorithm::id)
      .toList();

  private final PostStore store;
  private final TrendsService trends;
  private final CampsService camps;
  private final CallsService calls;
  private final CoordinationService coordination = new CoordinationService();

  AnalysisApi(PostStore store, Codebook codebook, Pseudonymizer pseudonymizer) {
    this.store = store;
    this.trends = new TrendsService(store, codebook);
    this.camps = new CampsService(store, codebook, pseudonymizer);
    this.calls = new CallsService(store);
  }

  Object trends(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    TimeSeries.Interval interval = TimeSeries.Interval.parse(r.choice("interval", "day", INTERVALS));
    String by = r.choice("by", null, DIMENSIONS);
    int top = r.integer("top", 0, 0, 50);
    BurstDetector detector = new BurstDetector(r.integer("window", BurstDetector.DEFAULT.window(), 2, 1000),
        r.decimal("threshold", BurstDetector.DEFAULT.threshold(), 0.1, 100),
        r.integer("min_count", (int) BurstDetector.DEFAULT.minCount(), 1, 1_000_000));
    return withQueryText(q, () -> trends.trends(q, interval, by, detector, top));
  }

  Object cohorts(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    TimeSeries.Interval interval = TimeSeries.Interval.parse(r.choice("interval", "week", INTERVALS));
    int top = r.integer("top", 10, 1, 100);
    int minFramed = r.integer("min_framed", 5, 1, 1_000_000);
    int maxIds = r.integer("max_ids", 200, 0, 10_000);
    return withQueryText(q, () -> camps.compare(q, interval, top, minFramed, maxIds));
  }

  Object calls(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    int top = r.integer("top", 20, 1, 200);
    return withQueryText(q, () -> calls.calls(q, top));
  }

  Object coordination(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    ObjectKind by = ObjectKind.fromId(r.choice("by", ObjectKind.URL.id(), OBJECT_KINDS));
    if (r.string("min_weight") != null && r.string("weight_quantile") != null) {
      throw ApiException.badParameter("weight_quantile", "give min_weight or weight_quantile, not both");
    }
    WeightThreshold threshold = r.string("weight_quantile") != null
        ? WeightThreshold.quantile(r.decimal("weight_quantile", 0, 0, 1))
        : WeightThreshold.atLeast(r.decimal("min_weight", CoordinationRequest.DEFAULT_MIN_WEIGHT, 0, 1e9));
    CoordinationRequest request = new CoordinationRequest(q, by,
        r.integer("time_window", (int) CoordinationRequest.DEFAULT_TIME_WINDOW, 0, 86_400 * 30),
        r.integer("min_participation", CoordinationRequest.DEFAULT_MIN_PARTICIPATION, 0, 1_000_000), threshold,
        r.decimal("similarity", CoordinationRequest.DEFAULT_SIMILARITY, 0.05, 1),
        CommunityAlgorithm.fromId(r.choice("community", CommunityAlgorithm.GREEDY_MODULARITY.id(), COMMUNITIES)));
    int groups = r.integer("groups", 20, 1, 200);
    return withQueryText(q, () -> CoordinationView.of(coordination.analyse(store, request), groups));
  }
}
