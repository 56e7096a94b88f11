package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.store.FacetCounts;
import dev.chorus.store.StanceShares;
import dev.chorus.store.StoreStats;
import dev.chorus.store.TimeSeries;
import dev.chorus.store.TimeZones;
import dev.chorus.store.lucene.PostDocuments;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stats, time series and facet counts as aggregations, answering exactly as the embedded store's facets: complete
 * label counts come from composite aggregations paged to the end (exact at any number of labels and shards), ties
 * ordered as the embedded facets order them (count, then label in byte order). Distinct counts (authors, a facet's
 * number of labels) are cardinality aggregations with {@code precision_threshold} {@value #PRECISION}: exact below
 * that many distinct values, approximate (within a few percent) above. Top-n lists ({@code facetCounts}, the top
 * hashtags) are terms aggregations: exact on a one-shard index, approximate at the boundary with several shards.
 */
final class Aggregations {
  static final int PRECISION = 40_000;
  private static final int PAGE = 10_000;

  private final Searches searches;

  Aggregations(Searches searches) {
    this.searches = searches;
  }

  StoreStats stats(ObjectNode query) throws IOException {
    ObjectNode aggs = QueryTranslator.node();
    aggs.putObject("first").putObject("min").put("field", PostDocuments.CREATED);
    aggs.putObject("last").putObject("max").put("field", PostDocuments.CREATED);
    aggs.set("authors", cardinality(PostDocuments.AUTHOR));
    aggs.set("hashtags", top(PostDocuments.HASHTAG, StoreStats.TOP_HASHTAGS));
    JsonNode r = searches.aggregate(query, aggs);
    long total = r.path("hits").path("total").path("value").asLong();
    if (total == 0) {
      return StoreStats.empty();
    }
    JsonNode a = r.path("aggregations");
    Map<String, Long> hashtags = new LinkedHashMap<>();
    List<Map.Entry<String, Long>> tags = buckets(a.path("hashtags"));
    tags.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
    tags.forEach(e -> hashtags.put(e.getKey(), e.getValue()));
    return new StoreStats(total, all(query, PostDocuments.PLATFORM), all(query, PostDocuments.KIND),
        all(query, PostDocuments.LANG), new TreeMap<>(all(query, PostDocuments.DAY)),
        Instant.ofEpochMilli((long) a.path("first").path("value").asDouble()),
        Instant.ofEpochMilli((long) a.path("last").path("value").asDouble()),
        a.path("authors").path("value").asLong(),
        all(query, PostDocuments.STANCE), all(query, PostDocuments.FRAME), all(query, PostDocuments.ACTOR),
        all(query, PostDocuments.COHORT), hashtags);
  }

  /**
   * Calibrated stance shares: per probability field ({@code fields}, from the index's mapping), the posts having it
   * ({@code value_count}) and its sum, added up as the embedded store adds its doc values ({@link StanceShares.Tally}).
   */
  Map<String, StanceShares.Target> stanceShares(ObjectNode query, List<String> fields) throws IOException {
    StanceShares.Tally tally = new StanceShares.Tally();
    if (fields.isEmpty()) {
      return tally.shares();
    }
    ObjectNode aggs = QueryTranslator.node();
    for (int i = 0; i < fields.size(); i++) {
      aggs.putObject("n" + i).putObject("value_count").put("field", fields.get(i));
      aggs.putObject("s" + i).putObject("sum").put("field", fields.get(i));
    }
    JsonNode a = searches.aggregate(query, aggs).path("aggregations");
    for (int i = 0; i < fields.size(); i++) {
      long posts = a.path("n" + i).path("value").asLong();
      if (posts > 0) {
        String[] targetAndClass = PostDocuments.stanceTargetAndClass(fields.get(i));
        tally.add(targetAndClass[0], targetAndClass[1], posts, a.path("s" + i).path("value").asDouble());
      }
    }
    return tally.shares();
  }

  FacetCounts facetCounts(ObjectNode query, String dimension, int top) throws IOException {
    ObjectNode aggs = QueryTranslator.node();
    aggs.set("top", top(dimension, Math.max(1, top)));
    aggs.set("distinct", cardinality(dimension));
    JsonNode r = searches.aggregate(query, aggs);
    long total = r.path("hits").path("total").path("value").asLong();
    if (total == 0) {
      return new FacetCounts(0, 0, Map.of());
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    buckets(r.path("aggregations").path("top")).forEach(e -> counts.put(e.getKey(), e.getValue()));
    long distinct = counts.isEmpty() ? 0 : r.path("aggregations").path("distinct").path("value").asLong();
    return new FacetCounts(total, distinct, counts);
  }

  TimeSeries timeSeries(ObjectNode query, TimeSeries.Interval interval, String dimension, ZoneId zone)
      throws IOException {
    TreeMap<Long, Long> totals = new TreeMap<>();
    for (JsonNode b : composite(query, List.of(histogram(interval, zone)))) {
      totals.put(b.path("key").path("t").asLong() / 1000, b.path("doc_count").asLong());
    }
    Map<String, Map<Long, Long>> byLabel = new HashMap<>();
    if (dimension != null && !totals.isEmpty()) {
      for (JsonNode b : composite(query, List.of(histogram(interval, zone), terms("l", dimension)))) {
        byLabel.computeIfAbsent(b.path("key").path("l").asText(), k -> new HashMap<>())
            .put(b.path("key").path("t").asLong() / 1000, b.path("doc_count").asLong());
      }
    }
    return TimeSeries.of(interval, zone, totals, byLabel);
  }

  /** Every label of a facet with its count, largest first, ties in label (byte) order, as the embedded facets. */
  private Map<String, Long> all(ObjectNode query, String facet) throws IOException {
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    for (JsonNode b : composite(query, List.of(terms("l", facet)))) {
      entries.add(Map.entry(b.path("key").path("l").asText(), b.path("doc_count").asLong()));
    }
    entries.sort(Map.Entry.<String, Long>comparingByValue().reversed()); // stable: byte order among ties
    Map<String, Long> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Every bucket of a composite aggregation, paged to the end. */
  private List<JsonNode> composite(ObjectNode query, List<ObjectNode> sources) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    JsonNode after = null;
    while (true) {
      ObjectNode aggs = QueryTranslator.node();
      ObjectNode c = aggs.putObject("c").putObject("composite");
      c.put("size", PAGE);
      ArrayNode s = c.putArray("sources");
      sources.forEach(s::add);
      if (after != null) {
        c.set("after", after);
      }
      JsonNode page = searches.aggregate(query, aggs).path("aggregations").path("c");
      page.path("buckets").forEach(out::add);
      after = page.get("after_key");
      if (after == null || page.path("buckets").size() < PAGE) {
        return out;
      }
    }
  }

  /**
   * Buckets as {@link TimeSeries.Interval#bucketStart(long, ZoneId)} makes them: fixed UTC widths, or in another zone
   * calendar days, ISO weeks (from Monday) and hours at that zone's midnights and hours ({@code time_zone}); months
   * are calendar months in every zone.
   */
  private static ObjectNode histogram(TimeSeries.Interval interval, ZoneId zone) {
    ObjectNode n = QueryTranslator.node();
    ObjectNode h = n.putObject("t").putObject("date_histogram");
    h.put("field", PostDocuments.CREATED);
    if (TimeZones.isUtc(zone) && interval.fixed()) {
      h.put("fixed_interval", interval.seconds() + "s");
      if (interval == TimeSeries.Interval.WEEK) {
        h.put("offset", "-3d"); // weeks start on Monday: TimeSeries.Interval#bucketStart
      }
    } else {
      h.put("calendar_interval", calendarUnit(interval)).put("time_zone", zone.getId());
    }
    return n;
  }

  /** OpenSearch's calendar unit of an interval: 1M is a month (1m would be a minute). */
  private static String calendarUnit(TimeSeries.Interval interval) {
    return switch (interval) {
      case HOUR -> "1h";
      case DAY -> "1d";
      case WEEK -> "1w";
      case MONTH -> "1M";
    };
  }

  private static ObjectNode terms(String name, String facet) {
    ObjectNode n = QueryTranslator.node();
    n.putObject(name).putObject("terms").put("field", IndexMapping.facetField(facet));
    return n;
  }

  private static ObjectNode top(String facet, int size) {
    ObjectNode n = QueryTranslator.node();
    ObjectNode t = n.putObject("terms");
    t.put("field", IndexMapping.facetField(facet)).put("size", size).put("shard_size", Math.max(size * 2, 100));
    ArrayNode order = t.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    return n;
  }

  private static ObjectNode cardinality(String facet) {
    ObjectNode n = QueryTranslator.node();
    n.putObject("cardinality").put("field", IndexMapping.facetField(facet)).put("precision_threshold", PRECISION);
    return n;
  }

  private static List<Map.Entry<String, Long>> buckets(JsonNode agg) {
    List<Map.Entry<String, Long>> out = new ArrayList<>();
    agg.path("buckets").forEach(b -> out.add(Map.entry(b.path("key").asText(), b.path("doc_count").asLong())));
    return out;
  }
}
