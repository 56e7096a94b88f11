package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.post.Post;
import dev.chorus.store.FacetCounts;
import dev.chorus.store.MissingIndexException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.QueryBudget;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.SearchCursor;
import dev.chorus.store.SearchPage;
import dev.chorus.store.StanceShares;
import dev.chorus.store.StoreStats;
import dev.chorus.store.TimeSeries;
import dev.chorus.store.UpsertOutcome;
import dev.chorus.store.lucene.PostDocuments;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Posts in one OpenSearch index, answering every {@link PostStore} call as the embedded store does for the same posts
 * (see the parity test). Writes go through {@link Upserts} (bulk, external versions); {@link #commit()} refreshes, so
 * that what was written is visible. Reads see the last refresh: the node refreshes by itself every second too, so a
 * reader follows another process's writes within about a second, as the embedded store follows commits.
 *
 * <p>Exact and approximate: searches, counts, facet and time-series counts are exact; the number of distinct authors
 * and of a facet's labels are cardinality aggregations, exact below {@value Aggregations#PRECISION} distinct values.
 */
public final class OpenSearchPostStore implements PostStore {
  /** Posts per {@code _bulk} request and per page of {@link #forEach}. */
  static final int BATCH = 1_000;
  private static final List<String> SOURCE = List.of(PostDocuments.BODY, PostDocuments.PROVENANCE);

  private final OpenSearchConnection connection;
  private final String index;
  private final Searches searches;
  private final Aggregations aggregations;
  private final PostSources sources = new PostSources();
  private final Upserts upserts;
  private final boolean writable;

  private OpenSearchPostStore(OpenSearchConnection connection, String index, boolean writable) {
    this.connection = connection;
    this.index = index;
    this.writable = writable;
    this.searches = new Searches(connection, index);
    this.aggregations = new Aggregations(searches);
    this.upserts = new Upserts(connection, index, sources);
  }

  /**
   * Opens the index; a writable store creates it (1 shard, 0 replicas unless given) when it does not exist, a
   * read-only one refuses a missing index rather than answer zeros.
   */
  public static OpenSearchPostStore open(OpenSearchConnection connection, String index, boolean writable, int shards,
      int replicas) throws IOException {
    OpenSearchPostStore store = new OpenSearchPostStore(connection, index, writable);
    try {
      OpenSearchConnection.Reply head = connection.send("GET", "/" + index + "/_mapping", Map.of(), (Object) null);
      if (head.status() == 404) {
        if (!writable) {
          throw new MissingIndexException(null, "no index '" + index + "' at " + connection.url()
              + ": ingest into it first (chorus ingest with store: opensearch://…/" + index + ")");
        }
        OpenSearchConnection.Reply created = connection.send("PUT", "/" + index, Map.of(),
            IndexMapping.create(shards, replicas));
        if (!created.ok() && !OpenSearchConnection.reason(created.body()).contains("already_exists")) {
          throw connection.failure("create the index " + index, created);
        }
      } else if (!head.ok()) {
        throw connection.failure("read the index " + index, head);
      } else if (writable) {
        store.upgrade(head.body());
      }
      return store;
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Adds to an index created before the calibrated stance probabilities were indexed the object they go in (its
   * strict mapping would refuse them): its older posts have none and count toward no calibrated share, as in the
   * embedded store.
   */
  private void upgrade(JsonNode mappings) throws IOException {
    for (JsonNode mapping : mappings) {
      if (!IndexMapping.hasStanceProbabilities(mapping)) {
        connection.call("add the stance probabilities to the mapping of " + index, "PUT", "/" + index + "/_mapping",
            Map.of(), IndexMapping.stanceProbabilities());
        return;
      }
    }
  }

  @Override
  public String location() {
    return "the OpenSearch index " + index + " at " + connection.url();
  }

  @Override
  public UpsertOutcome upsert(Post post) throws IOException {
    return upsertAll(List.of(post)).get(0);
  }

  /** Thread-safe; each batch of {@value #BATCH} posts is one {@code _mget} and one {@code _bulk} request. */
  @Override
  public List<UpsertOutcome> upsertAll(List<Post> posts) throws IOException {
    if (!writable) {
      throw new IllegalStateException("store was opened read-only");
    }
    List<UpsertOutcome> out = new ArrayList<>(posts.size());
    for (int i = 0; i < posts.size(); i += BATCH) {
      out.addAll(upserts.write(posts.subList(i, Math.min(posts.size(), i + BATCH)), false));
    }
    return out;
  }

  @Override
  public UpsertOutcome relabel(Post post) throws IOException {
    if (!writable) {
      throw new IllegalStateException("store was opened read-only");
    }
    return upserts.write(List.of(post), true).get(0);
  }

  @Override
  public long commit() throws IOException {
    if (writable && upserts.takeDirty()) {
      connection.call("refresh the index " + index, "POST", "/" + index + "/_refresh", Map.of(), null);
    }
    return count();
  }

  @Override
  public long count() throws IOException {
    return connection.call("count the index " + index, "GET", "/" + index + "/_count", Map.of(), null)
        .path("count").asLong();
  }

  @Override
  public long count(PostQuery query) throws IOException {
    ObjectNode body = QueryTranslator.node();
    body.set("query", QueryTranslator.toDsl(query));
    body.put("size", 0).put("track_total_hits", true);
    return searches.search(body).path("hits").path("total").path("value").asLong();
  }

  /**
   * The number of posts visible and the highest sequence number among them: every write the node makes visible adds
   * a higher sequence number (or removes a post), so the pair changes exactly when the posts shown change.
   */
  @Override
  public long generation() throws IOException {
    ObjectNode aggs = QueryTranslator.node();
    aggs.putObject("seq").putObject("max").put("field", "_seq_no");
    JsonNode r = searches.aggregate(QueryTranslator.matchAll(), aggs);
    long posts = r.path("hits").path("total").path("value").asLong();
    long seq = (long) r.path("aggregations").path("seq").path("value").asDouble(-1);
    return (seq + 1) * (1L << 24) + posts;
  }

  @Override
  public Optional<Post> get(String id) throws IOException {
    OpenSearchConnection.Reply r = connection.send("GET", "/" + index + "/_doc/"
        + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"),
        Map.of("realtime", "false", "_source_includes", String.join(",", SOURCE)), (Object) null);
    if (r.status() == 404 || !r.body().path("found").asBoolean()) {
      return Optional.empty();
    }
    if (!r.ok()) {
      throw connection.failure("read post " + id, r);
    }
    return Optional.of(sources.toPost(r.body().path("_source")));
  }

  @Override
  public SearchPage search(PostQuery query, int limit, SearchOrder order, SearchCursor after) throws IOException {
    ObjectNode body = QueryTranslator.node();
    body.set("query", QueryTranslator.toDsl(query));
    body.put("size", Math.max(0, limit)).put("track_total_hits", true);
    source(body);
    ArrayNode sort = body.putArray("sort");
    boolean relevance = order == SearchOrder.RELEVANCE;
    sort.addObject().put(relevance ? "_score" : PostDocuments.CREATED, "desc");
    sort.addObject().put(PostDocuments.HASH, "asc"); // the embedded store's tiebreak
    if (after != null) {
      ArrayNode from = body.putArray("search_after");
      if (relevance) {
        from.add(after.score());
      } else {
        from.add(after.created());
      }
      from.add(after.hash());
    }
    JsonNode r = searches.search(body);
    List<Post> posts = new ArrayList<>();
    JsonNode last = null;
    for (JsonNode hit : r.path("hits").path("hits")) {
      posts.add(sources.toPost(hit.path("_source")));
      last = hit.path("sort");
    }
    SearchCursor next = last == null || posts.size() < limit ? null : relevance
        ? new SearchCursor(order, (float) last.path(0).asDouble(), 0, last.path(1).asLong())
        : new SearchCursor(order, 0, last.path(0).asLong(), last.path(1).asLong());
    return new SearchPage(r.path("hits").path("total").path("value").asLong(), posts, next);
  }

  @Override
  public StoreStats stats(PostQuery query) throws IOException {
    ObjectNode dsl = QueryTranslator.toDsl(query);
    // the day facet holds UTC days: another zone's days come from a day histogram in that zone
    return StoreStats.inZone(aggregations.stats(dsl), query,
        () -> aggregations.timeSeries(dsl, TimeSeries.Interval.DAY, null, query.zone()));
  }

  @Override
  public TimeSeries timeSeries(PostQuery query, TimeSeries.Interval interval, String dimension) throws IOException {
    return aggregations.timeSeries(QueryTranslator.toDsl(query), interval, dimension, query.zone());
  }

  @Override
  public FacetCounts facetCounts(PostQuery query, String dimension, int top) throws IOException {
    return aggregations.facetCounts(QueryTranslator.toDsl(query), dimension, top);
  }

  @Override
  public Map<String, StanceShares.Target> stanceShares(PostQuery query) throws IOException {
    return aggregations.stanceShares(QueryTranslator.toDsl(query), stanceProbabilityFields());
  }

  /** The stance probability fields the index has (one per target and class seen so far). */
  private List<String> stanceProbabilityFields() throws IOException {
    JsonNode r = connection.call("read the fields of " + index, "GET",
        "/" + index + "/_mapping/field/" + PostDocuments.STANCE_PROBABILITY + ".*", Map.of(), null);
    java.util.TreeSet<String> fields = new java.util.TreeSet<>();
    r.forEach(i -> i.path("mappings").fieldNames().forEachRemaining(f -> {
      if (PostDocuments.stanceTargetAndClass(f) != null) {
        fields.add(f);
      }
    }));
    return List.copyOf(fields);
  }

  /** Oldest first (ties by content hash, then id), a point in time read in pages of {@value #BATCH}. */
  @Override
  public void forEach(PostQuery query, Consumer<Post> consumer) throws IOException {
    ObjectNode dsl = QueryTranslator.toDsl(query);
    String pit = connection.call("open a point in time on " + index, "POST", "/" + index + "/_search/point_in_time",
        Map.of("keep_alive", "5m"), null).path("pit_id").asText();
    try {
      JsonNode after = null;
      while (true) {
        ObjectNode body = QueryTranslator.node();
        body.set("query", dsl);
        body.put("size", BATCH).put("track_total_hits", false);
        body.putObject("pit").put("id", pit).put("keep_alive", "5m");
        source(body);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put(PostDocuments.CREATED, "asc");
        sort.addObject().put(PostDocuments.HASH, "asc");
        sort.addObject().put(PostDocuments.ID, "asc");
        if (after != null) {
          body.set("search_after", after);
        }
        JsonNode hits = searches.run("/_search", body).path("hits").path("hits");
        for (JsonNode hit : hits) {
          QueryBudget.check();
          consumer.accept(sources.toPost(hit.path("_source")));
        }
        if (hits.size() < BATCH) {
          return;
        }
        after = hits.get(hits.size() - 1).path("sort");
      }
    } finally {
      ObjectNode del = QueryTranslator.node();
      del.putArray("pit_id").add(pit);
      connection.send("DELETE", "/_search/point_in_time", Map.of(), del);
    }
  }

  private static void source(ObjectNode body) {
    ArrayNode includes = body.putArray("_source");
    SOURCE.forEach(includes::add);
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }
}
