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

  @Test
  void everyAnalysisMatchesItsGoldenFile() throws Exception {
    DemoSample sample = DemoSample.get();
    boolean update = Boolean.getBoolean("chorus.golden.update");
    for (Analysis<?, ?> a : Analyses.ALL) {
      Map<String, String> parameters = AnalysisParityTest.CASES.get(a.id()).get(0);
      CliRun run = sample.run(AnalysisParityTest.cliArguments(a.id(), parameters));
      assertThat(run.code()).as(a.id() + ": " + run.err()).isZero();
      JsonNode actual = sample.stable(run.out());
      Path file = GOLDEN.resolve(a.id() + ".json");
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual)
            + "\n", StandardCharsets.UTF_8);
        continue;
      }
      assertThat(file).as("golden file of " + a.id() + " (write it with -Dchorus.golden.update=true)").exists();
      JsonNode expected = JsonConfig.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(actual).as(a.id() + " differs from " + file + " (if intended: -Dchorus.golden.update=true)")
          .isEqualTo(expected);
    }
    if (!update) { // no golden file of an analysis that is no longer registered
      assertThat(GOLDEN.toFile().list()).containsExactlyInAnyOrderElementsOf(
          Analyses.ALL.stream().map(a -> a.id() + ".json").toList());
    }
  }
}
