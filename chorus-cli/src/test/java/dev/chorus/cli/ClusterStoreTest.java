package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.server.AccessPolicy;
import dev.chorus.server.ChorusApi;
import dev.chorus.server.ChorusServer;
import dev.chorus.server.ServerLimits;
import dev.chorus.server.ServerOptions;
import dev.chorus.store.PostStore;
import dev.chorus.store.PostStores;
import dev.chorus.store.opensearch.OpenSearchNode;
import dev.chorus.workspace.Workspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole cluster path on a real OpenSearch node ({@code CHORUS_OPENSEARCH_URL}): {@code chorus --store
 * opensearch://… stream demo} fills an index whose stats, trends, cohorts, calls and coordination equal a file ingest
 * of the same sample into the embedded index; a second run replaces its own index; read commands and the dashboard's
 * API read the cluster store through {@code --store} and the workspace's settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterStoreTest {
  private static final int POSTS = 600;
  @TempDir static Path dir;
  private OpenSearchNode node;
  private String store;
  private Path streamed;
  private Path filed;
  private JsonNode demo;

  @BeforeAll
  void streamTheDemoIntoAnIndexAndIngestItIntoTheEmbeddedOne() throws Exception {
    node = OpenSearchNode.require();
    store = node.store(OpenSearchNode.uniqueIndex("chorus-stream-demo"));
    streamed = dir.resolve("streamed");
    demo = streamDemo();
    filed = dir.resolve("filed");
    DemoWorkspace files = new DemoWorkspace(new Workspace(filed), POSTS);
    files.recreate();
    Path sample = files.writeSample();
    // 3: the sample has records that are rejected on purpose, in both paths
    assertThat(CliRun.run(filed, CliRun.TEST_ENV, "ingest", "--synthetic", sample.toString()).code()).isIn(0, 3);
  }

  private JsonNode streamDemo() throws Exception {
    CliRun run = CliRun.run(streamed, CliRun.TEST_ENV, "--store", store, "stream", "demo", "--posts", "" + POSTS,
        "--json");
    assertThat(run.code()).as(run.err()).isZero();
    return run.json();
  }

  @AfterAll
  void deleteTheIndex() throws Exception {
    if (store != null) {
      PostStores.delete(URI.create(store), dir);
    }
  }

  @Test
  void theStreamedIndexAnswersEveryAnalysisAsTheEmbeddedIndex() throws Exception {
    assertThat(Files.readString(streamed.resolve("workspace.yaml"))).contains("store: " + store);
    for (List<String> analysis : List.of(List.of("stats"), List.of("trends", "--by", "lang"), List.of("cohorts"),
        List.of("calls"), List.of("coordination", "--by", "hashtag", "--time-window", "3600"))) {
      JsonNode a = json(streamed, analysis);
      JsonNode b = json(filed, analysis);
      assertThat(a).as(String.join(" ", analysis)).isEqualTo(b);
    }
    assertThat(json(filed, List.of("coordination", "--by", "hashtag", "--time-window", "3600")).get("pairs").asLong())
        .as("coordinated pairs to compare").isPositive();
    assertThat(json(streamed, List.of("stats")).get("posts").asLong()).isEqualTo(demo.get("posts").asLong())
        .isPositive();
  }

  @Test
  void theStoreOptionPointsAnyWorkspaceAtTheIndex() throws Exception {
    Path other = dir.resolve("other");
    CliRun run = CliRun.run(other, CliRun.TEST_ENV, "--store", store, "stats", "--json");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.json()).isEqualTo(json(filed, List.of("stats")));
  }

  @Test
  void theDashboardApiOnTheClusterStoreAnswersAsOnTheEmbeddedOne() throws Exception {
    for (String path : List.of("/api/stats", "/api/trends?by=frame&interval=week", "/api/cohorts",
        "/api/search?q=talks&limit=5")) {
      assertThat(api(streamed, path)).as(path).isEqualTo(api(filed, path));
    }
  }

  @Test
  @Timeout(300)
  void aSecondDemoReplacesItsOwnIndexAndRefusesSomeoneElses() throws Exception {
    JsonNode again = streamDemo();
    assertThat(again.get("posts")).isEqualTo(demo.get("posts"));
    assertThat(json(streamed, List.of("stats")).get("posts")).isEqualTo(demo.get("posts"));

    CliRun foreign = CliRun.run(dir.resolve("foreign-demo"), CliRun.TEST_ENV, "--store", store, "stream", "demo",
        "--posts", "50", "--json");
    assertThat(foreign.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(foreign.err()).contains("already holds").contains("name another index with --store");
  }

  private static JsonNode json(Path workspace, List<String> args) throws Exception {
    List<String> full = new java.util.ArrayList<>(args);
    full.add("--json");
    CliRun run = CliRun.run(workspace, CliRun.TEST_ENV, full.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    return withoutRunFields(run.json());
  }

  /** The answer without what differs from run to run: how long it took, when each post was ingested. */
  private static JsonNode withoutRunFields(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      o.remove(List.of("seconds", "ingested_at"));
    }
    node.forEach(ClusterStoreTest::withoutRunFields);
    return node;
  }

  /** One API answer of a real server on the workspace's store (the version field removed: it names the build). */
  private static JsonNode api(Path workspace, String path) throws Exception {
    Workspace ws = new Workspace(workspace);
    ServerOptions options = new ServerOptions("127.0.0.1", 0, AccessPolicy.forBinding("127.0.0.1", null), false,
        List.of(), ServerLimits.defaults());
    try (PostStore posts = ws.openStore(false);
        ChorusServer server = new ChorusServer(new ChorusApi(ws, posts, ws.pseudonymizer(CliRun.TEST_ENV), "test",
            false), options, System.err).start()) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          server.url().replaceFirst("/$", "") + path)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
      return withoutRunFields(new ObjectMapper().readTree(r.body()));
    }
  }
}
