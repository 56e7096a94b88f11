package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A command that reads posts, on a workspace without an index: an error naming it, never zeros, never a new folder. */
class MissingWorkspaceTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"stats", "search talks", "trends", "top --by hashtag", "cohorts", "calls", "coverage",
      "coordination --by hashtag", "annotate", "export --format ndjson --out posts.ndjson", "label --export 5 sheet.csv"})
  void readingAMissingWorkspaceSaysSoAndCreatesNothing(String command) {
    Path ws = dir.resolve("no-such-dir");
    CliRun run = CliRun.run(ws, CliRun.TEST_ENV, command.split(" "));
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(ws.toString()).contains("does not exist").contains("ingest FILES")
        .contains("demo");
    assertThat(run.out()).isEmpty();
    assertThat(ws).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"stats --json", "search talks", "trends", "top --by hashtag", "cohorts", "calls",
      "coverage", "coordination --by hashtag", "annotate", "label --export 5 sheet.csv"})
  void anEmptyWorkspaceFolderHasNoIndexAndGetsNothing(String command) throws Exception {
    Path ws = Files.createDirectories(dir.resolve("empty"));
    CliRun run = CliRun.run(ws, CliRun.TEST_ENV, command.split(" "));
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(ws.toString()).contains("has no index").contains("ingest FILES");
    assertThat(run.out()).isEmpty();
    try (var files = Files.list(ws)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void reportOnAMissingWorkspaceWritesNoFile() {
    Path ws = dir.resolve("no-such-dir");
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.run(ws, CliRun.TEST_ENV, "report", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("ingest FILES");
    assertThat(out).doesNotExist();
    assertThat(ws).doesNotExist();
  }
}
