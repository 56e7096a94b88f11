package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chorus stream demo --json}: the demo sample through a Kafka broker and a Flink job in one process stores the
 * same posts, with the same figures, as {@code chorus demo}'s file ingest of the same sample.
 */
class StreamDemoCommandTest {
  @TempDir Path dir;

  @Test
  @Timeout(300)
  void theStreamDemoStoresWhatTheFileDemoStores() throws Exception {
    Path streamed = dir.resolve("streamed");
    CliRun demo = CliRun.run(streamed, CliRun.TEST_ENV, "stream", "demo", "--posts", "600", "--json");
    assertThat(demo.code()).as(demo.err()).isZero();
    JsonNode s = demo.json();
    assertThat(s.get("records").asInt()).isGreaterThanOrEqualTo(13);
    assertThat(s.get("posts").asLong()).isPositive();

    Path filed = dir.resolve("filed");
    DemoWorkspace files = new DemoWorkspace(new dev.chorus.workspace.Workspace(filed), 600);
    files.recreate();
    Path sample = files.writeSample();
    // 3: the sample has records that are rejected on purpose, in both paths
    assertThat(CliRun.run(filed, CliRun.TEST_ENV, "ingest", "--synthetic", sample.toString()).code()).isIn(0, 3);

    for (String analysis : new String[] {"stats", "cohorts", "calls"}) {
      JsonNode a = CliRun.run(streamed, CliRun.TEST_ENV, analysis, "--json").json();
      JsonNode b = CliRun.run(filed, CliRun.TEST_ENV, analysis, "--json").json();
      assertThat(a).as(analysis).isEqualTo(b);
    }
    assertThat(CliRun.run(streamed, CliRun.TEST_ENV, "stats", "--json").json().get("posts").asLong())
        .isEqualTo(s.get("posts").asLong());
  }
}
