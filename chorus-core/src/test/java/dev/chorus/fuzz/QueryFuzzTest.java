package dev.chorus.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chorus.post.Post;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.QueryBudget;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.TimeSeries;
import dev.chorus.store.lucene.LucenePostStore;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * The filters and the query text as the CLI and the API take them ({@link PostQueryParser}, then the Lucene query
 * parser with its limits), run against a small real index: search both ways, statistics, facet counts and a time
 * series, each within a query budget as the server runs them. The input is a URL query string
 * ({@code q=talks&lang=fa&since=2025-04-01}), decoded as a server decodes it.
 */
class QueryFuzzTest {
  private static Path dir;
  private static LucenePostStore store;

  @BeforeAll
  static void index() throws Exception {
    dir = Files.createTempDirectory("chorus-fuzz-index");
    store = LucenePostStore.openWritable(dir);
    List<Post> posts = new ArrayList<>();
    RecordSink sink = new RecordSink() {
      @Override
      public void post(long recordNumber, Post post) {
        posts.add(post);
      }

      @Override
      public void reject(long recordNumber, String reason, String rawExcerpt) {}
    };
    SourceRegistry registry = SourceRegistry.loadDefault();
    registry.require("ndjson").read(SourceInput.of(Path.of("src/test/resources/sources/ndjson/posts.ndjson")), sink);
    registry.require("x-api-v2").read(SourceInput.of(Path.of("src/test/resources/sources/x-api-v2/responses.ndjson")),
        sink);
    store.upsertAll(posts);
    store.commit();
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void filtersAndQuery(byte[] data) throws Throwable {
    Map<String, List<String>> values = parameters(new String(data, StandardCharsets.UTF_8));
    try {
      PostQuery query = PostQueryParser.parse(values);
      QueryBudget.within(Duration.ofSeconds(5), System::nanoTime, () -> {
        store.search(query, 5, SearchOrder.RELEVANCE);
        store.search(query, 5, SearchOrder.NEWEST);
        store.stats(query);
        store.facetCounts(query, "hashtag", 5);
        return store.timeSeries(query, TimeSeries.Interval.DAY, "lang");
      });
    } catch (Throwable t) {
      Refusals.check(t, Refusals.QUERY);
    }
  }

  /** A query string's parameters, in order, each value percent-decoded (kept as given when that fails). */
  static Map<String, List<String>> parameters(String queryString) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(eq < 0 ? "" : decoded(pair.substring(eq + 1)));
    }
    return values;
  }

  private static String decoded(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
