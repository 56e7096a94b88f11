package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.json.JsonConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench ingest} reports Chorus's rate beside bare Lucene's on the same posts in the same run, their ratio and the
 * machine. Checks the report's shape and consistency only: speed is never asserted in a test.
 */
class BenchIngestTest {
  @Test
  void reportsTheBaselineTheRatioAndTheMachine(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "bench", "ingest", "--posts", "1000", "--queries", "1",
        "--no-annotate", "--dir", dir.resolve("work").toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode report = JsonConfig.mapper().readTree(run.out());
    assertThat(report.path("posts").asLong()).isEqualTo(1000);
    long rate = report.path("posts_per_second").asLong();
    long baseline = report.path("baseline_posts_per_second").asLong();
    assertThat(rate).isPositive();
    assertThat(baseline).isPositive();
    assertThat(report.path("ratio_to_baseline").asDouble()).isCloseTo(rate / (double) baseline,
        org.assertj.core.data.Offset.offset(0.01));
    double cpu = report.path("cpu_seconds").asDouble();
    double baselineCpu = report.path("baseline_cpu_seconds").asDouble();
    assertThat(cpu).isPositive();
    assertThat(baselineCpu).isPositive();
    assertThat(report.path("cpu_ratio_to_baseline").asDouble()).isCloseTo(baselineCpu / cpu,
        org.assertj.core.data.Percentage.withPercentage(10)); // both phases ingest the same 1,000 posts
    long warm = report.path("baseline_warm_posts_per_second").asLong();
    assertThat(warm).as("the baseline again, in this JVM after the ingest").isPositive();
    assertThat(report.path("ratio_to_warm_baseline").asDouble()).isCloseTo(rate / (double) warm,
        org.assertj.core.data.Offset.offset(0.01));
    assertThat(report.path("baseline").asText()).contains("JVM of its own");
    JsonNode byThread = report.path("cpu_seconds_by_thread");
    assertThat(byThread.path("reader").asDouble()).as("the reading thread parsed every post").isPositive();
    assertThat(byThread.path("lanes").asDouble()).as("the lanes stored every post").isPositive();
    assertThat(byThread.path("jit_compiling").asDouble()).as("a cold JVM compiles").isPositive();
    assertThat(byThread.path("reader").asDouble() + byThread.path("lanes").asDouble()).isLessThanOrEqualTo(cpu + 0.01);
    assertThat(report.path("machine").path("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(report.path("machine").path("jdk").asText()).contains(System.getProperty("java.version"));
  }

  /**
   * With {@code --rounds}, each round is a bench of its own in a child JVM on the one generated input, and the report
   * gives each figure's median over the rounds with its range.
   */
  @Test
  void roundsReportTheMedianOfTheirFiguresAndTheirRange(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "bench", "ingest", "--posts", "1000", "--queries", "1",
        "--no-annotate", "--rounds", "3", "--dir", dir.resolve("work").toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode report = JsonConfig.mapper().readTree(run.out());
    assertThat(report.path("rounds").asInt()).isEqualTo(3);
    assertThat(report.path("posts").asLong()).isEqualTo(1000);
    JsonNode each = report.path("each_round");
    assertThat(each).hasSize(3);
    double[] ratios = new double[3];
    for (int i = 0; i < 3; i++) {
      assertThat(each.get(i).path("posts").asLong()).as("every round ingests the one input").isEqualTo(1000);
      assertThat(each.get(i).path("annotated").asBoolean()).isFalse();
      assertThat(each.get(i).path("work_dir").asText()).endsWith("round-" + (i + 1));
      ratios[i] = each.get(i).path("ratio_to_baseline").asDouble();
    }
    java.util.Arrays.sort(ratios);
    assertThat(report.path("ratio_to_baseline").asDouble()).isEqualTo(ratios[1]);
    assertThat(report.path("ratio_to_baseline_range").get(0).asDouble()).isEqualTo(ratios[0]);
    assertThat(report.path("ratio_to_baseline_range").get(1).asDouble()).isEqualTo(ratios[2]);
    assertThat(report.path("cpu_ratio_to_baseline").asDouble()).isPositive();
    assertThat(report.path("machine").path("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(IngestRounds.median(new double[] {0.2, 0.3, 0.5, 0.9})).isEqualTo(0.4);
    assertThat(IngestRounds.median(new double[] {0.31})).isEqualTo(0.31);
  }

  @Test
  void roundsRefuseAGivenInput(@TempDir Path dir) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("in.ndjson"), "");
    CliRun run = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "bench", "ingest", "--rounds", "2", "--input",
        file.toString(), "--dir", dir.resolve("work").toString(), "--json");
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("--rounds generates its input once");
  }
}
