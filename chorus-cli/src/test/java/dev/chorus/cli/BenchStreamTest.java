package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench stream} and {@code bench stores} run end to end on a few posts and report what they measured beside
 * their baseline from the same run. Checks the reports' shape and consistency only: speed is never asserted in a test.
 */
class BenchStreamTest {
  @TempDir Path dir;

  @Test
  @Timeout(240)
  void streamReportsEachParallelismBesideEmbeddedIngestOfTheSamePosts() throws Exception {
    CliRun run = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "bench", "stream", "--posts", "200",
        "--parallelism", "1", "--dir", dir.resolve("work").toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode report = run.json();
    assertThat(report.path("posts").asLong()).isEqualTo(200);
    assertThat(report.path("records").asInt()).isEqualTo(2); // 100 posts a record
    long baseline = report.path("baseline_posts_per_second").asLong();
    assertThat(baseline).isPositive();
    assertThat(report.path("runs")).hasSize(1);
    JsonNode job = report.path("runs").get(0);
    assertThat(job.path("parallelism").asInt()).isEqualTo(1);
    assertThat(job.path("posts").asLong()).isEqualTo(200);
    assertThat(job.path("same_posts_as_baseline").asBoolean()).isTrue();
    assertThat(job.path("posts_per_second").asLong()).isPositive();
    // the report's rates are rounded to whole posts per second: on 200 posts on a busy machine they are small
    // numbers, so the ratio of the rounded rates may differ from the exact ratio by a few percent
    assertThat(job.path("ratio_to_baseline").asDouble()).isCloseTo(
        job.path("posts_per_second").asDouble() / baseline, org.assertj.core.data.Percentage.withPercentage(10));
    double parts = job.path("startup_seconds").asDouble() + job.path("steady_seconds").asDouble()
        + job.path("end_seconds").asDouble();
    assertThat(parts).isCloseTo(job.path("seconds").asDouble(), org.assertj.core.data.Offset.offset(0.05));
    assertThat(report.path("machine").path("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  @Timeout(240)
  void storesReportsTheDashboardLatencyOnBothStoresForTheSamePosts() throws Exception {
    URI node = openSearchNode();
    String index = "bench-test-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      CliRun run = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "bench", "stores", "--posts", "300", "--store",
          "opensearch://" + node.getHost() + ":" + node.getPort() + "/" + index, "--seconds", "1", "--rate", "10",
          "--states", "20", "--dir", dir.resolve("work").toString(), "--json");
      assertThat(run.code()).as(run.err()).isZero();
      JsonNode report = run.json();
      assertThat(report.path("posts").asLong()).isEqualTo(300);
      assertThat(report.path("copy_posts").asLong()).isGreaterThanOrEqualTo(300);
      assertThat(report.path("store").asText()).startsWith("opensearch://").contains(index + "-serve-");
      for (String store : new String[] {"embedded", "other"}) {
        JsonNode serve = report.path(store);
        assertThat(serve.path("posts").asLong()).as(store).isEqualTo(report.path("copy_posts").asLong());
        assertThat(serve.path("first_request_ms")).as(store).hasSize(DashboardCalls.DASHBOARD.size());
        assertThat(serve.path("load").path("errors").asLong()).as(store).isZero();
        assertThat(serve.path("page_views").path("not_answered").asInt()).as(store).isZero();
      }
      assertThat(report.path("ratio_p50_p95")).hasSize(DashboardCalls.DASHBOARD.size() + 1);
    } finally {
      send(node, "DELETE", "/" + index + "-*");
    }
  }

  /**
   * The node of {@code CHORUS_OPENSEARCH_URL} (started by {@code tools/opensearch/start.sh}), or the test is skipped;
   * with {@code CHORUS_REQUIRE_OPENSEARCH=1} (CI) a missing or silent node fails it instead, as in chorus-opensearch.
   */
  private static URI openSearchNode() {
    boolean required = "1".equals(System.getenv("CHORUS_REQUIRE_OPENSEARCH"));
    String url = System.getenv("CHORUS_OPENSEARCH_URL");
    String missing = url == null || url.isBlank() ? "CHORUS_OPENSEARCH_URL is not set (tools/opensearch/start.sh)"
        : null;
    if (missing == null) {
      try {
        send(URI.create(url), "GET", "/");
      } catch (Exception e) {
        missing = "no OpenSearch node answers at " + url;
      }
    }
    if (missing != null) {
      if (required) {
        fail("CHORUS_REQUIRE_OPENSEARCH=1 but " + missing);
      }
      Assumptions.abort(missing);
    }
    return URI.create(url);
  }

  private static void send(URI node, String method, String path) throws Exception {
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(30))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
  }
}
