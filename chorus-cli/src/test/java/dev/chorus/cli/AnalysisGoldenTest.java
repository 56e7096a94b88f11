package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.json.JsonConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON of every registered analysis on the demo sample ({@link DemoSample}: fixed post count, seed and key), with
 * the first parameters of {@link AnalysisParityTest#CASES}, against a golden file under
 * {@code src/test/resources/golden/analyses/}. A change of an analysis' output shows as a diff of that file;
 * {@code -Dchorus.golden.update=true} rewrites the files after an intended change.
 */
class AnalysisGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/analyses");
  /**
   * Golden files beyond each analysis' first case, by file name: an analysis and its parameters. Months in Tehran:
   * calendar months whose buckets start at 20:30 UTC on the day before the first.
   */
  static final Map<String, Map.Entry<String, Map<String, String>>> EXTRA = Map.of(
      "trends-month", Map.entry("trends", Map.of("by", "lang", "interval", "month", "tz", "Asia/Tehran")));

  @Test
  void everyAnalysisMatchesItsGoldenFile() throws Exception {
    DemoSample sample = DemoSample.get();
    boolean update = Boolean.getBoolean("chorus.golden.update");
    Map<String, Map.Entry<String, Map<String, String>>> cases = new java.util.LinkedHashMap<>();
    for (Analysis<?, ?> a : Analyses.ALL) {
      cases.put(a.id(), Map.entry(a.id(), AnalysisParityTest.CASES.get(a.id()).get(0)));
    }
    cases.putAll(EXTRA);
    for (Map.Entry<String, Map.Entry<String, Map<String, String>>> c : cases.entrySet()) {
      String name = c.getKey();
      CliRun run = sample.run(AnalysisParityTest.cliArguments(c.getValue().getKey(), c.getValue().getValue()));
      assertThat(run.code()).as(name + ": " + run.err()).isZero();
      JsonNode actual = sample.stable(run.out());
      Path file = GOLDEN.resolve(name + ".json");
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual)
            + "\n", StandardCharsets.UTF_8);
        continue;
      }
      assertThat(file).as("golden file of " + name + " (write it with -Dchorus.golden.update=true)").exists();
      JsonNode expected = JsonConfig.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(actual).as(name + " differs from " + file + " (if intended: -Dchorus.golden.update=true)")
          .isEqualTo(expected);
    }
    if (!update) { // no golden file of an analysis that is no longer registered
      assertThat(GOLDEN.toFile().list()).containsExactlyInAnyOrderElementsOf(
          cases.keySet().stream().map(name -> name + ".json").toList());
    }
  }
}
