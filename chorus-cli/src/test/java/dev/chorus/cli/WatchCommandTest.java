package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chorus watch} as users run it: a Mastodon tag timeline on loopback, the workspace's sources.yaml, and a real
 * child process killed with SIGKILL in the middle of a run, then restarted: nothing lost, nothing twice.
 */
class WatchCommandTest {
  @TempDir Path dir;
  HttpServer server;
  final TreeMap<Long, String> statuses = new TreeMap<>();
  final AtomicInteger catchUpRequests = new AtomicInteger();
  volatile long pageDelayMillis;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/api/v1/timelines/tag/iran", ex -> {
      String q = ex.getRequestURI().getQuery();
      long max = CollectCommandTest.param(q, "max_id", Long.MAX_VALUE);
      long min = CollectCommandTest.param(q, "min_id", Long.MIN_VALUE);
      List<String> page;
      synchronized (statuses) {
        var match = statuses.subMap(min, false, max, false);
        if (min != Long.MIN_VALUE) {
          // min_id: the 40 statuses immediately newer, listed newest first (as Mastodon answers)
          List<String> oldest = match.values().stream().limit(40).toList();
          page = new java.util.ArrayList<>(oldest);
          java.util.Collections.reverse(page);
        } else {
          page = match.descendingMap().values().stream().limit(40).toList();
        }
      }
      if (min != Long.MIN_VALUE) {
        catchUpRequests.incrementAndGet();
        sleep(pageDelayMillis);
      }
      byte[] body = ("[" + String.join(",", page) + "]").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  void add(long from, long to) {
    synchronized (statuses) {
      for (long id = from; id <= to; id++) {
        statuses.put(id, status(id));
      }
    }
  }

  static String status(long id) {
    return """
        {"id": "%d", "created_at": "2025-04-12T10:%02d:00.000Z", "visibility": "public", "language": "en",
         "spoiler_text": "", "sensitive": false, "uri": "https://m.example/users/dana/statuses/%d",
         "url": "https://m.example/@dana/%d", "replies_count": 0, "reblogs_count": 0, "favourites_count": 0,
         "content": "<p>Status %d about the talks</p>", "reblog": null,
         "account": {"id": "7", "username": "dana", "acct": "dana", "display_name": "Dana",
         "url": "https://m.example/@dana"}, "media_attachments": [], "mentions": [], "tags": [], "emojis": []}
        """.formatted(id, id % 60, id, id, id);
  }

  Path workspace() throws Exception {
    Path ws = dir.resolve("ws");
    Files.createDirectories(ws);
    Files.writeString(ws.resolve("sources.yaml"), """
        sources:
          - kind: mastodon
            every: 1s
            max_pages: 50
            instance: http://127.0.0.1:%d
            tag: iran
        """.formatted(server.getAddress().getPort()));
    return ws;
  }

  @Test
  void roundsPrintEachRunAndTheSecondAsksOnlyForWhatIsNew() throws Exception {
    add(101, 103);
    Path ws = workspace();
    CliRun run = CliRun.run(ws, CliRun.TEST_ENV, "watch", "--rounds", "2", "--json");
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> lines = run.out().lines().map(CliRun::parse).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("added").asLong()).isEqualTo(3);
    assertThat(lines.get(1).get("added").asLong()).isZero();
    assertThat(lines.get(1).get("fetched").asLong()).isZero();

    CliRun text = CliRun.run(ws, CliRun.TEST_ENV, "watch", "--rounds", "1");
    assertThat(text.out()).contains("watching 1 sources of").contains("collect mastodon")
        .containsPattern("next run of mastodon .* at \\d\\d:\\d\\d:\\d\\d UTC");

    // coverage names the collector, its runs and what they added; no outage, nothing skipped
    JsonNode c = CliRun.run(ws, CliRun.TEST_ENV, "coverage", "--json").json().at("/collectors/0");
    assertThat(c.get("kind").asText()).isEqualTo("mastodon");
    assertThat(c.get("runs").asLong()).isEqualTo(3);
    assertThat(c.get("added").asLong()).isEqualTo(3);
    assertThat(c.get("last_success").asText()).isNotBlank();
    assertThat(c.get("outages")).isEmpty();
  }

  @Test
  void aMissingOrBadSourcesFileIsAUsageErrorThatShowsTheFormat() throws Exception {
    Path ws = dir.resolve("empty");
    CliRun missing = CliRun.run(ws, CliRun.TEST_ENV, "watch");
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("sources.yaml").contains("kind: mastodon").contains("every: 10m");
  }

  @Test
  @Timeout(180)
  void aWatchKilledInTheMiddleOfARunLosesAndDuplicatesNothingWhenRestarted() throws Exception {
    add(1001, 1010);
    Path ws = workspace();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        ChorusCommand.class.getName(), "--workspace", ws.toString(), "watch", "--json");
    pb.environment().putAll(CliRun.TEST_ENV);
    Process child = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      JsonNode first = new ObjectMapper().readTree(out.readLine());
      assertThat(first.get("added").asLong()).isEqualTo(10);
      // 200 more, served slowly: the next run is killed after some of its pages arrived, before it could commit
      pageDelayMillis = 150;
      catchUpRequests.set(0);
      add(1011, 1210);
      while (catchUpRequests.get() < 3) {
        Thread.sleep(20);
      }
    } finally {
      child.destroyForcibly().waitFor();
    }
    pageDelayMillis = 0;
    try (PostStore store = new Workspace(ws).openStore(false)) {
      assertThat(store.count()).as("what the killed run fetched was never acknowledged").isEqualTo(10);
    }
    CliRun rerun = CliRun.run(ws, CliRun.TEST_ENV, "watch", "--rounds", "1", "--json");
    assertThat(rerun.code()).as(rerun.err()).isZero();
    assertThat(rerun.json().get("added").asLong()).isEqualTo(200);
    assertThat(rerun.json().get("duplicates").asLong()).isZero();
    try (PostStore store = new Workspace(ws).openStore(false)) {
      assertThat(store.count()).isEqualTo(210);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
