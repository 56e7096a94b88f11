package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.codebook.CodebookLoader;
import dev.chorus.dictionary.BodyCheck;
import dev.chorus.dictionary.DataDictionary;
import dev.chorus.json.JsonConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field that an analysis actually writes (its golden JSON, {@link AnalysisGoldenTest}) is in the data
 * dictionary under the same path ({@link BodyCheck}): the dictionary cannot fall behind what the code emits. The
 * server's own bodies are held against it in {@code ApiServerTest}.
 */
class DataDictionaryContractTest {
  private final DataDictionary dictionary = DataDictionary.of(CodebookLoader.loadDefault());

  @Test
  void everyFieldOfEachAnalysisGoldenJsonIsDescribed() throws Exception {
    for (Analysis<?, ?> a : Analyses.ALL) {
      JsonNode golden = JsonConfig.mapper().readTree(Files.readString(
          AnalysisGoldenTest.GOLDEN.resolve(a.id() + ".json"), StandardCharsets.UTF_8));
      BodyCheck check = dictionary.check(a.id(), golden);
      assertThat(check.undescribed()).as(a.id() + ": fields written but not in the data dictionary").isEmpty();
      assertThat(check.described()).as(a.id() + ": the golden file exercises its fields").isNotEmpty();
    }
  }

  @Test
  void theCommandPrintsTheCommittedDictionaryAndItsJson(@TempDir Path dir) throws Exception {
    CliRun md = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "dictionary");
    assertThat(md.code()).as(md.err()).isZero();
    assertThat(md.out()).isEqualTo(Files.readString(Path.of("../docs/data-dictionary.md"), StandardCharsets.UTF_8));
    assertThat(dir.resolve("ws")).as("the dictionary writes nothing to the workspace").doesNotExist();
    CliRun json = CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, "dictionary", "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.json().get("sections").get(0).get("id").asText()).isEqualTo("csv");
  }

  /** As main runs it: on a buffered writer that nobody flushes after the command (System.out's PrintWriter). */
  @Test
  void theWholeDictionaryReachesABufferedOutput(@TempDir Path dir) throws Exception {
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(new java.io.BufferedWriter(text, 8192), true);
    int code = ChorusCommand.run(new String[] {"--workspace", dir.resolve("ws").toString(), "dictionary"},
        CliRun.TEST_ENV, out, new java.io.PrintWriter(new java.io.StringWriter(), true));
    assertThat(code).isZero();
    assertThat(text.toString()).isEqualTo(Files.readString(Path.of("../docs/data-dictionary.md"),
        StandardCharsets.UTF_8));
  }
}
