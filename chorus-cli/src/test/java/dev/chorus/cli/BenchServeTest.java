package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench serve} on the workspace of a small {@code bench ingest}: every phase reports, the load asks no (call,
 * state) twice, and nothing fails. Shape and consistency only: speed is never asserted in a test.
 */
class BenchServeTest {
  @TempDir Path dir;

  @Test
  @Timeout(240)
  void servesTheFirstLooksPageViewsAndAnUncachedLoad() throws Exception {
    Path work = dir.resolve("work");
    CliRun ingest = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "bench", "ingest", "--posts", "500",
        "--queries", "5", "--dir", work.toString(), "--json");
    assertThat(ingest.code()).as(ingest.err()).isZero();
    Path workspace;
    try (Stream<Path> s = Files.list(work)) {
      workspace = s.filter(p -> p.getFileName().toString().startsWith("workspace-")).findFirst().orElseThrow();
    }
    CliRun run = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "bench", "serve", "--dir", workspace.toString(),
        "--seconds", "2", "--rate", "20", "--states", "20", "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode report = run.json();
    assertThat(report.path("posts").asLong()).isEqualTo(500);
    JsonNode first = report.path("first_request_ms");
    assertThat(first).hasSize(DashboardCalls.DASHBOARD.size());
    first.forEach(call -> assertThat(call.path("not_answered").asInt()).isZero());
    JsonNode views = report.path("page_views");
    assertThat(views.path("views").asInt()).isPositive();
    assertThat(views.path("not_answered").asInt()).isZero();
    assertThat(views.path("cpu_ms_per_view").asDouble()).isPositive();
    JsonNode load = report.path("load");
    assertThat(load.path("requests").asLong()).isEqualTo(40);
    assertThat(load.path("errors").asLong()).isZero();
    assertThat(load.path("errors_by_kind").isObject()).isTrue();
    assertThat(load.path("errors_by_kind")).isEmpty();
    assertThat(load.path("ok").asLong() + load.path("shed").asLong()).isEqualTo(40);
    assertThat(load.path("repeated_requests").asLong()).isZero();
  }

  @Test
  void saysWhatEachErrorWas() {
    assertThat(ServeBench.errorKind(null, new java.util.concurrent.TimeoutException()))
        .isEqualTo("no answer within 10 s");
    Throwable refused = new java.util.concurrent.CompletionException(new java.net.ConnectException());
    assertThat(ServeBench.errorKind(null, refused)).isEqualTo("no answer: ConnectException");
  }
}
