package dev.chorus.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.analysis.AnalysisContext;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.json.JsonConfig;
import dev.chorus.post.Post;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.PostStores;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.StoreOptions;
import dev.chorus.store.TimeSeries;
import dev.chorus.synthetic.SyntheticCampaign;
import dev.chorus.workspace.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same posts in the embedded index and in an OpenSearch index answer every analysis, search and facet alike. The
 * posts are the demo's sample (the bundled format examples and the seeded synthetic campaign), ingested once into the
 * embedded store and copied as they are into the cluster index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchParityTest {
  static final Map<String, String> ENV = Map.of("CHORUS_KEY", "parity-test-key-0123456789");
  /** The format examples the demo bundles (chorus-cli's pom copies the same files). */
  static final List<String> SAMPLE = List.of("bluesky-jetstream/events.ndjson", "bluesky/author_feed.json",
      "coortweet/shares.csv", "csv/posts.csv", "feed/atom-statements.xml", "feed/rss2-news.xml",
      "mastodon-api/timeline.json", "reddit/pushshift-mixed.ndjson", "telegram/account.json",
      "x-api-v2/search-page.json", "x-archive/tweets.js", "zeeschuimer/capture.ndjson");

  @TempDir static Path dir;
  OpenSearchNode node;
  String index;
  Workspace ws;
  PostStore embedded;
  PostStore cluster;

  @BeforeAll
  void fill() throws Exception {
    node = OpenSearchNode.require();
    index = OpenSearchNode.uniqueIndex("chorus-parity");
    ws = new Workspace(dir.resolve("ws"));
    ws.create();
    Path sample = Files.createDirectories(dir.resolve("sample"));
    Path sources = Path.of("..", "chorus-core", "src", "test", "resources", "sources");
    for (String name : SAMPLE) {
      Path target = sample.resolve(name);
      Files.createDirectories(target.getParent());
      Files.copy(sources.resolve(name), target);
    }
    try (OutputStream o = Files.newOutputStream(sample.resolve("synthetic-campaign.x-api-v2.ndjson"))) {
      new SyntheticCampaign(20250401L, 400).write(o, 1500);
    }
    try (PostStore store = ws.openStore(true)) {
      new IngestService(SourceRegistry.loadDefault(), ws.pseudonymizer(ENV), ws.annotationChain(ENV), store,
          ws.rejectsDir(), Clock.systemUTC()).ingest(List.of(sample), null, Map.of(), true, IngestListener.NONE);
    }
    embedded = ws.openStore(false);
    cluster = PostStores.open(node.store(index), StoreOptions.writable(ws.root()));
    List<Post> posts = new ArrayList<>();
    embedded.forEach(PostQuery.any(), posts::add);
    cluster.upsertAll(posts);
    cluster.commit();
    assertThat(cluster.count()).isEqualTo(embedded.count()).isGreaterThan(1000);
  }

  @AfterAll
  void drop() throws Exception {
    if (cluster != null) {
      cluster.close();
      embedded.close();
      node.delete(index);
    }
  }

  static List<PostQuery> queries() {
    return List.of(PostQuery.all(), PostQuery.any(), PostQuery.text("مذاکره OR talks OR مذاکرات"),
        PostQuery.all().with("lang", "fa"), PostQuery.all().with("platform", java.util.Set.of("x", "telegram")),
        PostQuery.all().withSpan(Instant.parse("2025-04-03T00:00:00Z"), Instant.parse("2025-04-10T00:00:00Z")),
        // counted in New York: the posts span its changes of clocks (Tehran and the like: the test below)
        PostQuery.any().withZone(java.time.ZoneId.of("America/New_York")));
  }

  /** Parameter sets per analysis id; every registered analysis runs at least with its defaults. */
  static List<Map<String, String>> parameterSets(String analysis) {
    return switch (analysis) {
      case "search" -> List.of(Map.of(), Map.of("limit", "100"));
      case "top" -> List.of(Map.of("by", "hashtag"), Map.of("by", "lang", "top", "5"), Map.of("by", "domain"),
          Map.of("by", "actor"), Map.of("by", "cohort"));
      case "trends" -> List.of(Map.of(), Map.of("interval", "week", "by", "lang"),
          Map.of("interval", "hour", "by", "hashtag", "top", "5"), Map.of("by", "platform"));
      case "cohorts" -> List.of(Map.of(), Map.of("interval", "day"));
      case "coordination" -> List.of(Map.of(), Map.of("by", "hashtag"), Map.of("by", "repost", "time_window", "60"));
      case "coverage" -> List.of(Map.of(), Map.of("files", "true"));
      case "compare" -> List.of(Map.of(), Map.of("around", "talks-announced", "by", "lang"),
          Map.of("by", "domain", "before", "2025-04-01..2025-04-06", "after", "2025-04-07..2025-04-12"),
          Map.of("by", "hashtag", "around", "2025-04-12", "days", "3", "top", "5"));
      default -> List.of(Map.of());
    };
  }

  @Test
  void everyAnalysisAnswersAlike() throws Exception {
    AnalysisContext onEmbedded = new AnalysisContext(embedded, ws, ws.codebook(), () -> ws.pseudonymizer(ENV));
    AnalysisContext onCluster = new AnalysisContext(cluster, ws, ws.codebook(), () -> ws.pseudonymizer(ENV));
    int compared = 0;
    for (Analysis<?, ?> a : Analyses.ALL) {
      for (Map<String, String> params : parameterSets(a.id())) {
        for (PostQuery q : queries()) {
          String expected = withoutTimings(a.run(onEmbedded, q, params::get));
          String actual = withoutTimings(a.run(onCluster, q, params::get));
          assertThat(actual).as("%s %s on %s", a.id(), params, q).isEqualTo(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  /** An answer's JSON without what measures the run rather than the posts (the seconds it took). */
  static String withoutTimings(Object answer) throws Exception {
    com.fasterxml.jackson.databind.JsonNode tree = JsonConfig.mapper().valueToTree(answer);
    List<com.fasterxml.jackson.databind.JsonNode> nodes = new ArrayList<>(List.of(tree));
    while (!nodes.isEmpty()) {
      com.fasterxml.jackson.databind.JsonNode n = nodes.remove(nodes.size() - 1);
      if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
        o.remove("seconds");
      }
      n.elements().forEachRemaining(nodes::add);
    }
    return JsonConfig.mapper().writeValueAsString(tree);
  }

  static final List<String> SEARCHES = List.of("talks", "مذاکره", "مذاکرات", "تهران", "نه", "المفاوضات", "שלום",
      "hashtag:نه_به_مذاکره", "hashtag:NoDeal", "lang:fa", "lang:en", "platform:telegram", "kind:repost",
      "\"no deal\"", "\"nuclear talks\"", "\"the talks\"", "\"iran deal\"~3", "talk*", "مذاک*", "t?lks", "talks~1",
      "sanctons~2", "/ta.ks/", "talks AND iran", "talks OR مذاکره", "talks -iran", "-talks",
      "(talks OR deal) AND NOT iran", "text:iran", "title:iran", "author:u_*", "text:[a TO c]", "deal^2 iran",
      "domain:example.com", "day:2025-04-05", "synthetic:true", "body:talks", "created:1");

  @Test
  void pagingWithCursorsGivesTheSamePagesAndCursors() throws Exception {
    for (SearchOrder order : SearchOrder.values()) {
      PostQuery q = order == SearchOrder.NEWEST ? PostQuery.all() : PostQuery.text("talks OR مذاکره");
      dev.chorus.store.SearchCursor onEmbedded = null;
      dev.chorus.store.SearchCursor onCluster = null;
      int pages = 0;
      do {
        var expected = embedded.search(q, 97, order, onEmbedded);
        var actual = cluster.search(q, 97, order, onCluster);
        if (order == SearchOrder.NEWEST) {
          assertThat(actual.posts()).as("page %d", pages).extracting(Post::id)
              .containsExactlyElementsOf(expected.posts().stream().map(Post::id).toList());
          assertThat(actual.next()).isEqualTo(expected.next());
        } else { // scores differ a little between the stores: the pages' sizes and the end alike
          assertThat(actual.posts()).hasSameSizeAs(expected.posts());
          assertThat(actual.next() == null).isEqualTo(expected.next() == null);
        }
        onEmbedded = expected.next();
        onCluster = actual.next();
        pages++;
      } while (onEmbedded != null);
      assertThat(pages).as(order.name()).isGreaterThan(1);
    }
  }

  @Test
  void searchesFindTheSamePostsInTheSameOrder() throws Exception {
    int finding = 0;
    for (String text : SEARCHES) {
      finding += embedded.count(PostQuery.any().withText(text)) > 0 ? 1 : 0;
      for (PostQuery q : List.of(PostQuery.text(text), PostQuery.any().withText(text))) {
        var expected = embedded.search(q, 50, SearchOrder.NEWEST);
        var actual = cluster.search(q, 50, SearchOrder.NEWEST);
        assertThat(actual.total()).as("hits of %s", text).isEqualTo(expected.total());
        assertThat(actual.posts()).as("order of %s", text).extracting(Post::id)
            .containsExactlyElementsOf(expected.posts().stream().map(Post::id).toList());
        assertThat(cluster.count(q)).isEqualTo(expected.total());
        if (expected.total() <= 500) { // scores differ a little between the stores: compare whole result sets only
          assertThat(cluster.search(q, 500, SearchOrder.RELEVANCE).posts()).as("relevance hits of %s", text)
              .extracting(Post::id).containsExactlyInAnyOrderElementsOf(embedded.search(q, 500,
                  SearchOrder.RELEVANCE).posts().stream().map(Post::id).toList());
        }
      }
    }
    assertThat(finding).as("searches that find something").isGreaterThan(SEARCHES.size() * 2 / 3);
  }

  @Test
  void badSyntaxIsTheSameErrorNamingQ() {
    for (String bad : List.of("talks AND (", "\"open", "*talks")) {
      Throwable expected = catchThrowable(() -> embedded.search(PostQuery.text(bad), 1, SearchOrder.NEWEST));
      Throwable actual = catchThrowable(() -> cluster.search(PostQuery.text(bad), 1, SearchOrder.NEWEST));
      assertThat(actual).isInstanceOf(InvalidFilterException.class).hasMessage(expected.getMessage());
      assertThat(((InvalidFilterException) actual).filter()).isEqualTo("q");
    }
  }

  @Test
  void everyDimensionCountsAlike() throws Exception {
    for (Dimension d : Dimensions.all()) {
      for (PostQuery q : queries()) {
        assertThat(cluster.facetCounts(q, d.id(), 10)).as("%s on %s", d.id(), q)
            .isEqualTo(embedded.facetCounts(q, d.id(), 10));
        TimeSeries e = embedded.timeSeries(q, TimeSeries.Interval.DAY, d.id());
        TimeSeries c = cluster.timeSeries(q, TimeSeries.Interval.DAY, d.id());
        assertThat(JsonConfig.mapper().writeValueAsString(c)).as("series of %s on %s", d.id(), q)
            .isEqualTo(JsonConfig.mapper().writeValueAsString(e));
      }
      if (d.filterable()) {
        for (String label : embedded.facetCounts(PostQuery.any(), d.id(), 3).counts().keySet()) {
          PostQuery q = PostQuery.any().with(d.id(), label);
          assertThat(cluster.count(q)).as("%s=%s", d.id(), label).isEqualTo(embedded.count(q));
        }
      }
    }
    assertThat(cluster.stats(PostQuery.any())).isEqualTo(embedded.stats(PostQuery.any()));
  }

  /**
   * Hours, days and weeks in zones with changes of clocks (New York: 8 March and 1 November 2026), a half-hour offset
   * (Tehran) and a fixed offset: the same buckets from the date histogram's {@code time_zone} as from the embedded
   * store, on posts every 7 hours around the changes.
   */
  @Test
  void timeZonesBucketAlikeAcrossChangesOfClocks() throws Exception {
    String zoned = OpenSearchNode.uniqueIndex("chorus-tz");
    Path folder = dir.resolve("tz-index");
    try (PostStore local = PostStores.open("lucene:" + folder, StoreOptions.writable(dir));
        PostStore remote = PostStores.open(node.store(zoned), StoreOptions.writable(ws.root()))) {
      List<Post> posts = new ArrayList<>();
      for (String from : List.of("2026-03-05T00:00:00Z", "2026-10-29T00:00:00Z")) {
        for (int i = 0; i < 30; i++) {
          posts.add(Post.builder(dev.chorus.post.Platform.X, "tz" + posts.size())
              .author(dev.chorus.post.Author.of("a", null, null)).lang(i % 2 == 0 ? "en" : "fa").text("t")
              .createdAt(Instant.parse(from).plusSeconds(7 * 3600L * i)).build());
        }
      }
      local.upsertAll(posts);
      local.commit();
      remote.upsertAll(posts);
      remote.commit();
      for (String zone : List.of("America/New_York", "Asia/Tehran", "+05:45", "UTC")) {
        PostQuery q = PostQuery.all().withZone(java.time.ZoneId.of(zone));
        for (TimeSeries.Interval interval : TimeSeries.Interval.values()) {
          assertThat(JsonConfig.mapper().writeValueAsString(remote.timeSeries(q, interval, "lang")))
              .as("%s in %s", interval, zone)
              .isEqualTo(JsonConfig.mapper().writeValueAsString(local.timeSeries(q, interval, "lang")));
        }
        assertThat(remote.stats(q)).as("stats in %s", zone).isEqualTo(local.stats(q));
      }
    } finally {
      node.delete(zoned);
    }
  }

  @Test
  void exportsTheSamePostsOldestFirstAndReadsEachById() throws Exception {
    List<String> expected = new ArrayList<>();
    embedded.forEach(PostQuery.all(), p -> expected.add(p.id()));
    List<Post> actual = new ArrayList<>();
    cluster.forEach(PostQuery.all(), actual::add);
    assertThat(actual).extracting(Post::id).containsExactlyElementsOf(expected);
    for (Post p : actual.subList(0, 20)) {
      assertThat(cluster.get(p.id())).contains(embedded.get(p.id()).orElseThrow());
    }
    assertThat(cluster.get("no-such-post")).isEmpty();
  }
}
