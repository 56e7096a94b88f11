package dev.chorus.analysis.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outages and skipped stretches of a collector, from run files as CollectRun writes them. */
class CollectorRunsTest {
  @TempDir Path runs;

  @Test
  void failedRunsInARowAreOneOutageUntilTheNextSuccessAndAStillFailingOneHasNoEnd() throws Exception {
    run("10:00", 5, null, "[]");
    run("10:10", 0, "m.example/api: gave up after 4 attempts; last: HTTP 503 (server error)", "[]");
    run("10:20", 0, "m.example/api: rate limited; the platform asked to wait 3600 s", "[]");
    run("10:30", 7, null, "[\"page limit reached before the previous position: older posts skipped\"]");
    run("10:40", 0, "m.example/api: connection refused or unreachable", "[]");
    run("11:00", 2, null, "[]", "rss", "news.example/feed.xml");

    List<CollectorCoverage> all = CollectorRuns.read(runs);
    assertThat(all).extracting(CollectorCoverage::kind).containsExactly("mastodon", "rss");
    CollectorCoverage m = all.get(0);
    assertThat(m.runs()).isEqualTo(5);
    assertThat(m.added()).isEqualTo(12);
    assertThat(m.failedRuns()).isEqualTo(3);
    assertThat(m.lastSuccess()).isEqualTo(at("10:31"));
    assertThat(m.lastRun()).isEqualTo(at("10:41"));
    assertThat(m.outages()).containsExactly(
        new CollectorCoverage.Outage(at("10:10"), at("10:31"), 2, "m.example/api: rate limited; the platform asked "
            + "to wait 3600 s"),
        new CollectorCoverage.Outage(at("10:40"), null, 1, "m.example/api: connection refused or unreachable"));
    assertThat(m.skipped()).containsExactly(new CollectorCoverage.Skipped(at("10:30"),
        "page limit reached before the previous position: older posts skipped"));
    assertThat(m.recent()).hasSize(5).last().extracting(CollectorCoverage.Run::error).isNotNull();
    assertThat(all.get(1).outages()).isEmpty();
  }

  @Test
  void noRunsFolderMeansNoCollectors() throws Exception {
    assertThat(CollectorRuns.read(runs.resolve("none"))).isEmpty();
    assertThat(CollectorRuns.read(null)).isEmpty();
  }

  private void run(String time, long added, String error, String gaps) throws Exception {
    run(time, added, error, gaps, "mastodon", "m.example/tags/iran");
  }

  private void run(String time, long added, String error, String gaps, String kind, String target) throws Exception {
    String json = """
        {"kind": "%s", "target": "%s", "format": "x", "started": "%s", "finished": "%s", "fetched": %d,
         "added": %d, "error": %s, "gaps": %s, "notes": [], "retry_after_seconds": null}
        """.formatted(kind, target, at(time), at(time).plusSeconds(60), added, added,
        error == null ? "null" : "\"" + error + "\"", gaps);
    Files.writeString(runs.resolve("collect-" + kind + "-" + time.replace(":", "") + ".json"), json);
  }

  private static Instant at(String hhmm) {
    int h = Integer.parseInt(hhmm.substring(0, 2));
    int m = Integer.parseInt(hhmm.substring(3));
    return Instant.parse("2025-05-01T00:00:00Z").plusSeconds(h * 3600L + m * 60L);
  }
}
