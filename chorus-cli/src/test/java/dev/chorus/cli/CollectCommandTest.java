package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus collect} as users run it, against a Mastodon tag timeline served on loopback. */
class CollectCommandTest {
  @TempDir Path dir;
  HttpServer server;
  /** Statuses by id; the tag timeline answers newest first, honouring max_id and min_id as Mastodon documents. */
  final TreeMap<Long, String> statuses = new TreeMap<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/timelines/tag/iran", ex -> {
      String q = ex.getRequestURI().getQuery();
      long max = param(q, "max_id", Long.MAX_VALUE);
      long min = param(q, "min_id", Long.MIN_VALUE);
      List<String> page = statuses.subMap(min, false, max, false).descendingMap().values().stream().limit(40).toList();
      byte[] body = ("[" + String.join(",", page) + "]").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    add(101, 102, 103);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  void add(long... ids) {
    for (long id : ids) {
      statuses.put(id, """
          {"id": "%d", "created_at": "2025-04-12T10:%02d:00.000Z", "visibility": "public", "language": "en",
           "spoiler_text": "", "sensitive": false, "uri": "https://m.example/users/dana/statuses/%d",
           "url": "https://m.example/@dana/%d", "replies_count": 0, "reblogs_count": 0, "favourites_count": 0,
           "content": "<p>Status %d about the talks</p>", "reblog": null,
           "account": {"id": "7", "username": "dana", "acct": "dana", "display_name": "Dana",
           "url": "https://m.example/@dana"}, "media_attachments": [], "mentions": [], "tags": [], "emojis": []}
          """.formatted(id, id % 60, id, id, id));
    }
  }

  static long param(String query, String name, long fallback) {
    Matcher m = Pattern.compile("(?:^|&)" + name + "=(\\d+)").matcher(query == null ? "" : query);
    return m.find() ? Long.parseLong(m.group(1)) : fallback;
  }

  String instance() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void collectsOnceThenOnlyWhatIsNewAndWritesARunFileEachTime() throws Exception {
    Path ws = dir.resolve("ws");
    CliRun first = CliRun.run(ws, CliRun.TEST_ENV, "collect", "mastodon", "--instance", instance(), "--tag", "iran",
        "--json");
    assertThat(first.code()).as(first.err()).isZero();
    JsonNode j = first.json();
    assertThat(j.get("fetched").asLong()).isEqualTo(3);
    assertThat(j.get("added").asLong()).isEqualTo(3);
    assertThat(j.get("duplicates").asLong()).isZero();
    assertThat(j.get("rejected").asLong()).isZero();
    assertThat(j.get("requests").asLong()).isEqualTo(2);

    add(104, 105);
    CliRun second = CliRun.run(ws, CliRun.TEST_ENV, "collect", "mastodon", "--instance", instance(), "--tag", "iran");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).contains("fetched 2 in 2 requests").contains("added 2, updated 0, duplicates 0")
        .contains("5 posts in the store");
    try (Stream<Path> runs = Files.list(ws.resolve("runs"))) {
      assertThat(runs.map(p -> p.getFileName().toString()))
          .filteredOn(n -> n.matches("collect-mastodon-\\d{8}-\\d{6}-\\d{3}\\.json")).hasSize(2);
    }
    CliRun search = CliRun.run(ws, CliRun.TEST_ENV, "search", "talks", "--json");
    assertThat(search.json().get("total").asLong()).isEqualTo(5);
    CliRun coverage = CliRun.run(ws, CliRun.TEST_ENV, "coverage", "--json");
    // collector runs count in coverage's run totals like ingest runs
    assertThat(coverage.json().at("/runs/runs").asLong()).isEqualTo(2);
    assertThat(coverage.json().at("/runs/added").asLong()).isEqualTo(5);
    assertThat(coverage.json().at("/runs/files").asLong()).isEqualTo(2);
  }

  @Test
  void wrongOptionsAreUsageErrorsThatNameWhatTheKindTakes() {
    Path ws = dir.resolve("ws");
    CliRun wrong = CliRun.run(ws, CliRun.TEST_ENV, "collect", "reddit", "--tag", "iran");
    assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("collect reddit does not take --tag").contains("--subreddit");
    CliRun x = CliRun.run(ws, Map.of("CHORUS_KEY", "test-key-of-at-least-16-bytes"), "collect", "x", "--query", "a");
    assertThat(x.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(x.err()).contains("CHORUS_X_BEARER_TOKEN");
    assertThat(ws).doesNotExist();
    CliRun help = CliRun.run(ws, CliRun.TEST_ENV, "collect", "--help");
    assertThat(help.out()).contains("mastodon:").contains("rss:").contains("bluesky:").contains("reddit:")
        .contains("x:").contains("$CHORUS_X_BEARER_TOKEN");
  }
}
