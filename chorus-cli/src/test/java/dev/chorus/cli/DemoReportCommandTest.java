package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo --no-serve (what CI can run), report and serve's refusals. */
class DemoReportCommandTest {
  @TempDir Path dir;

  CliRun run(String... args) {
    return CliRun.run(dir.resolve("demo"), CliRun.TEST_ENV, args);
  }

  @Test
  void demoWithoutServingWritesTheReportAndStops() throws Exception {
    CliRun demo = run("demo", "--posts", "300", "--no-serve");
    assertThat(demo.code()).as(demo.err()).isZero();
    Path report = dir.resolve("demo").resolve("report.html");
    assertThat(demo.out()).contains("Report: " + report).doesNotContain("Dashboard:");
    assertThat(Files.readString(report)).contains("<h1>Chorus report</h1>", "<svg", "Provenance");
    // every model card of the demo shows measured scores: its cross-validation is not empty
    try (var cards = Files.walk(dir.resolve("demo").resolve("models"))) {
      for (Path card : cards.filter(p -> p.toString().endsWith(".card.json")).toList()) {
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(card.toFile()).path("crossValidation")
            .path("folds").asDouble()).as(card.toString()).isEqualTo(3.0);
      }
    }

    Path filtered = dir.resolve("fa.html");
    CliRun r = run("report", "--lang", "fa", "--out", filtered.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(filtered)).contains("Filters: lang=fa");

    CliRun pdf = run("report", "--out", dir.resolve("r.pdf").toString(), "--format", "pdf");
    assertThat(pdf.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(pdf.err()).contains("--format pdf is not built in");
    assertThat(dir.resolve("r.pdf")).doesNotExist();
  }

  @Test
  void serveRefusesAWorkspaceWithoutAnIndex() {
    CliRun empty = run("serve", "--port", "0");
    assertThat(empty.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(empty.err()).contains("has no index yet");
  }
}
