package dev.chorus.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.server.FixtureWorkspace;
import dev.chorus.store.PostQuery;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir Path dir;

  String report(PostQuery query, Map<String, String> filters) throws Exception {
    return report(query, filters, f -> { });
  }

  /** The report after {@code prepare} has added to the fixture workspace (models, say). */
  String report(PostQuery query, Map<String, String> filters, WorkspaceSetup prepare) throws Exception {
    try (FixtureWorkspace f = new FixtureWorkspace(dir)) {
      prepare.accept(f.workspace);
      ReportContent c = new ReportBuilder(f.workspace, f.store, dev.chorus.annotate.AnnotationChain.empty(), "9.9-test",
          Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC)).build(query, filters);
      StringWriter w = new StringWriter();
      HtmlReport.write(c, w);
      return w.toString();
    }
  }

  interface WorkspaceSetup {
    void accept(dev.chorus.workspace.Workspace ws) throws Exception;
  }

  @Test
  void listsTheTrainedModelsKeptInTheirTaskFolders() throws Exception {
    // the fixture has a stance card in models/stance; a frames model goes to models/frames
    String html = report(PostQuery.all(), Map.of(), ws -> Files.writeString(
        Files.createDirectories(ws.modelsDir().resolve("frames")).resolve("frames.card.json"), "{}"));
    assertThat(html).doesNotContain("No trained model").contains("<td>stance/talks.card.json</td>",
        "<td>frames/frames.card.json</td>");
    assertThat(html).as("what each card records as measured").contains("Measured, as their cards record",
        "<li>frames:frames not measured (its card records no score; 0 examples)</li>", "<li>stance:");
  }

  @Test
  void showsTheCalibratedStanceSharesNextToTheCountedLabels() throws Exception {
    // one fixture post has a stance label with the probabilities against 0.83, favor 0.05, none 0.12
    assertThat(report(PostQuery.all(), Map.of())).contains("Calibrated stance shares",
        "<tr><td>talks</td><td class=\"num\">1</td><td>against 83.0%, favor 5.0%, none 12.0%</td></tr>");
    assertThat(report(PostQuery.all().with("lang", "fa"), Map.of("lang", "fa")))
        .as("no post of the filter has probabilities").doesNotContain("Calibrated stance shares");
  }

  @Test
  void saysSoWhenNoModelIsTrained() throws Exception {
    String html = report(PostQuery.all(), Map.of(), ws -> {
      try (var files = Files.walk(ws.modelsDir())) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    });
    assertThat(html).contains("No trained model in this workspace.");
  }

  @Test
  void isOneSelfContainedFileWithNoScriptAndNoOutsideRequest() throws Exception {
    String html = report(PostQuery.all(), Map.of());
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
        .doesNotContainPattern("<[^>]*\\s(src|href)=").doesNotContain("@import", "url(");
    assertThat(Pattern.compile("<svg").matcher(html).results().count()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void hostileTextIsEscapedAndRtlTextKeepsItsDirection() throws Exception {
    String html = report(PostQuery.all(), Map.of());
    assertThat(html).contains("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;",
        "&lt;script&gt;window.__xss=2&lt;/script&gt;").doesNotContain(FixtureWorkspace.XSS_IMG);
    assertThat(html).contains("<div class=\"text\" dir=\"auto\">השיחות עם איראן נמשכות</div>");
  }

  @Test
  void showsCoverageMethodAndProvenance() throws Exception {
    String html = report(PostQuery.all().with("lang", "en"),
        Map.of("lang", "en"));
    assertThat(html).contains("Filters: lang=en", "Chorus 9.9-test", "2025-05-01T10:00:00Z", "Coverage",
        "2025-04-02", "1 records and 1 whole files", "Codebook version", "Provenance", "segments_");
    assertThat(html).containsPattern("<td class=\"hash\">[0-9a-f]{64}</td>");
    assertThat(html).contains("against 0.83", "no surge right after a gap");
    // the dashboard's help links to these anchors (on the server's page of the Method section alone)
    assertThat(html).contains("<h2 id=\"method\">Method</h2>", "<p id=\"method-codebook\">",
        "<table id=\"method-annotators\">", "<p id=\"method-models\">");
  }
}
