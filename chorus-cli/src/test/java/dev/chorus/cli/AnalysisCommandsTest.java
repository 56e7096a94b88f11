package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.json.JsonConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chorus calls, coverage and cohorts on a tiny made-up CSV: one JSON object each, with drill-down filters. */
class AnalysisCommandsTest {
  @TempDir Path dir;

  static final String CSV = """
      id,platform,author,created_at,text,url,lang
      1,x,alice,2025-04-01T10:00:00Z,End the talks now!,,en
      2,x,bob,2025-04-01T11:00:00Z,Give diplomacy a chance,,en
      3,x,carol,2025-04-03T11:00:00Z,Talks resumed in Muscat,,en
      4,x,dave,2025-04-03T12:00:00Z,لطفا این پتیشن را امضا کنید,,fa
      """;

  String run(String... args) {
    StringWriter out = new StringWriter();
    String[] full = new String[args.length + 2];
    full[0] = "--workspace";
    full[1] = dir.resolve("ws").toString();
    System.arraycopy(args, 0, full, 2, args.length);
    int code = ChorusCommand.run(full, Map.of("CHORUS_KEY", "test-key-of-at-least-16-bytes"),
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    return out.toString();
  }

  @Test
  void callsCoverageAndCohortsPrintOneJsonObject() throws Exception {
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, CSV);
    run("ingest", "--format", "csv", file.toString());
    ObjectMapper m = new ObjectMapper();

    JsonNode calls = m.readTree(run("calls", "--json"));
    assertThat(calls.get("calls").get("share").get("count").asLong()).isEqualTo(3);
    JsonNode petition = null;
    for (JsonNode t : calls.get("by_type")) {
      if (t.get("label").asText().equals("petition")) {
        petition = t;
      }
    }
    assertThat(petition).isNotNull();
    assertThat(petition.get("drilldown").get("call").get(0).asText()).isEqualTo("petition");
    assertThat(m.readTree(run("calls", "--json", "--call", "petition")).get("posts").asLong()).isEqualTo(1);

    JsonNode coverage = m.readTree(run("coverage", "--json"));
    assertThat(coverage.get("all").get("missing_days").get(0).asText()).isEqualTo("2025-04-02");
    assertThat(coverage.get("runs").get("runs").asLong()).isEqualTo(1);
    assertThat(coverage.get("by_source").get(0).get("label").asText()).isEqualTo("csv");

    JsonNode cohorts = m.readTree(run("cohorts", "--json", "--interval", "day"));
    // the default codebook's cohorts, none of whose members posted here
    assertThat(cohorts.get("cohorts")).isNotEmpty().allMatch(c -> c.get("posts").asLong() == 0);
    assertThat(cohorts.get("cohorts").get(0).get("drilldown").get("cohort")).isNotNull();
  }

  @Test
  void cohortReportsSerialiseWithDrilldowns() throws Exception {
    var label = (java.util.function.BiFunction<String, String, dev.chorus.post.Annotations>) (cohort, frame) ->
        dev.chorus.post.Annotations.EMPTY
            .with("cohort", java.util.List.of(new dev.chorus.post.Label(cohort, 1.0, "t")), null, null)
            .with("frame", java.util.List.of(new dev.chorus.post.Label(frame, 1.0, "t")), null, null);
    try (var store = dev.chorus.store.lucene.LucenePostStore.openWritable(dir.resolve("index"))) {
      for (int i = 0; i < 4; i++) {
        store.upsert(dev.chorus.post.Post.builder(dev.chorus.post.Platform.X, "p" + i)
            .author(dev.chorus.post.Author.of("u_" + i, null, null))
            .createdAt(java.time.Instant.parse("2025-04-01T10:00:00Z")).text("t")
            .annotations(label.apply(i % 2 == 0 ? "hawks" : "doves", "security")).build());
      }
      store.commit();
      var report = new dev.chorus.analysis.camps.CampsService(store, null, null).compare(dev.chorus.store.PostQuery.all(),
          dev.chorus.store.TimeSeries.Interval.DAY, 5, 1, 10);
      JsonNode json = JsonConfig.mapper().valueToTree(report);
      assertThat(json.get("cohorts")).hasSize(2);
      JsonNode frame = json.get("cohorts").get(0).get("frames").get(0);
      assertThat(frame.get("share").get("low").asDouble()).isBetween(0.0, 1.0);
      assertThat(frame.get("drilldown").get("frame").get(0).asText()).isEqualTo("security");
      assertThat(json.get("convergence").get(0).get("points").get(0).get("distance").asDouble()).isZero();
      assertThat(json.get("mentions_matched").asBoolean()).isFalse();
    }
  }
}
