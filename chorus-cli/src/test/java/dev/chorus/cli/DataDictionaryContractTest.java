package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.codebook.CodebookLoader;
import dev.chorus.dictionary.DataDictionary;
import dev.chorus.dictionary.DictionaryField;
import dev.chorus.json.JsonConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field that an analysis actually writes (its golden JSON, {@link AnalysisGoldenTest}) is in the data
 * dictionary under the same path: the dictionary cannot fall behind what the code emits. Objects the dictionary
 * lists as maps ({@code name{}}) have names as keys, so their keys are not fields.
 */
class DataDictionaryContractTest {
  private final DataDictionary dictionary = DataDictionary.of(CodebookLoader.loadDefault());

  @Test
  void everyFieldOfEachAnalysisGoldenJsonIsDescribed() throws Exception {
    for (Analysis<?, ?> a : Analyses.ALL) {
      JsonNode golden = JsonConfig.mapper().readTree(Files.readString(
          AnalysisGoldenTest.GOLDEN.resolve(a.id() + ".json"), StandardCharsets.UTF_8));
      Map<String, DictionaryField> fields = dictionary.section(a.id()).fields().stream()
          .collect(Collectors.toMap(DictionaryField::name, Function.identity()));
      Set<String> undescribed = new TreeSet<>();
      Set<String> seen = new TreeSet<>();
      visit(golden, "", fields, undescribed, seen);
      assertThat(undescribed).as(a.id() + ": fields written but not in the data dictionary").isEmpty();
      assertThat(seen).as(a.id() + ": the golden file exercises its fields").isNotEmpty();
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

  private static void visit(JsonNode node, String path, Map<String, DictionaryField> fields, Set<String> undescribed,
      Set<String> seen) {
    DictionaryField here = fields.get(path);
    if (here != null && here.type().endsWith("any")) {
      return; // a drill-down's filters, an alert's details: any JSON by design
    }
    if (node.isArray()) {
      node.forEach(item -> visit(item, path + "[]", fields, undescribed, seen));
    } else if (node.isObject() && here != null && here.type().startsWith("object of")) {
      node.forEach(value -> visit(value, path + "{}", fields, undescribed, seen));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        String name = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (fields.containsKey(name) && !fields.get(name).meaning().isBlank()) {
          seen.add(name);
        } else {
          undescribed.add(name);
        }
        visit(e.getValue(), name, fields, undescribed, seen);
      });
    }
  }
}
