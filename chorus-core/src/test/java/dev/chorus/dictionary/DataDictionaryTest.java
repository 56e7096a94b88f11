package dev.chorus.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.codebook.Codebook;
import dev.chorus.codebook.CodebookLoader;
import dev.chorus.export.PostCsv;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dictionary describes every field it finds and nothing else, its CSV section is the export's header, and
 * {@code docs/data-dictionary.md} is what it generates ({@code -Dchorus.golden.update=true} rewrites the file).
 */
class DataDictionaryTest {
  static final Path COMMITTED = Path.of("../docs/data-dictionary.md");
  private static final Codebook CODEBOOK = CodebookLoader.loadDefault();

  @Test
  void everyFieldWrittenHasAMeaning() {
    assertThat(DataDictionary.missing(CODEBOOK)).as("add these keys to " + FieldDescriptions.RESOURCE).isEmpty();
  }

  @Test
  void noMeaningIsLeftForAFieldNoLongerWritten() {
    assertThat(DataDictionary.unused(CODEBOOK)).as("remove these keys from " + FieldDescriptions.RESOURCE)
        .isEmpty();
  }

  @Test
  void theCsvSectionIsTheHeaderTheExportWrites() throws Exception {
    StringWriter w = new StringWriter();
    try (PostCsv csv = new PostCsv(w)) {
      // the header is written with the first record; none is needed for it
    }
    String header = w.toString().substring(1).lines().findFirst().orElseThrow();
    List<String> names = DataDictionary.of(CODEBOOK).section("csv").fields().stream().map(DictionaryField::name)
        .toList();
    assertThat(String.join(",", names)).isEqualTo(header);
    DictionaryField stance = DataDictionary.of(CODEBOOK).section("csv").fields().stream()
        .filter(f -> f.name().equals("frame")).findFirst().orElseThrow();
    assertThat(stance.values()).containsAll(CODEBOOK.idsOf("codebook.frames")).isNotEmpty();
  }

  @Test
  void aFieldABodyWritesButTheDictionaryDoesNotDescribeIsNamed() throws Exception {
    DataDictionary dictionary = DataDictionary.of(CODEBOOK);
    BodyCheck check = dictionary.check("health", dev.chorus.json.JsonConfig.mapper().readTree(
        "{\"status\": \"ok\", \"posts\": 3, \"uptime_seconds\": 12}"));
    assertThat(check.undescribed()).containsExactly("uptime_seconds");
    assertThat(check.described()).containsExactly("posts", "status");
    // a dimension's value_names is a map (its keys are ids, not fields), value_names_by_language a map of maps;
    // a model card is any JSON
    BodyCheck dimensions = dictionary.check("dimensions", dev.chorus.json.JsonConfig.mapper().readTree(
        "{\"dimensions\": [{\"id\": \"frame\", \"value_names\": {\"economy\": \"Economy\"}, \"rank\": 1,"
            + " \"value_names_by_language\": {\"fa\": {\"economy\": \"\u0627\u0642\u062a\u0635\u0627\u062f\"}}}],"
            + " \"time_zone\": {\"workspace\": \"UTC\"}}"));
    assertThat(dimensions.undescribed()).containsExactly("dimensions[].rank");
    assertThat(dictionary.check("models", dev.chorus.json.JsonConfig.mapper().readTree(
        "{\"models\": [{\"id\": \"frame/economy\", \"card\": {\"anything\": 1}}]}")).undescribed()).isEmpty();
  }

  @Test
  void theServersOwnBodiesHaveSectionsReadFromTheirRecords() {
    DataDictionary dictionary = DataDictionary.of(CODEBOOK);
    assertThat(dictionary.section("health").fields()).extracting(DictionaryField::name)
        .containsExactly("status", "version", "posts", "labelling", "time_zone");
    assertThat(dictionary.section("dimensions").fields()).extracting(DictionaryField::name)
        .contains("filters[].name", "dimensions[].value_names", "time_zone.workspace");
    assertThat(dictionary.section("models").fields()).filteredOn(f -> f.name().equals("models[].card"))
        .singleElement().satisfies(f -> assertThat(f.type()).isEqualTo("any"));
  }

  @Test
  void theCommittedMarkdownIsTheGeneratedOne() throws Exception {
    String generated = DictionaryMarkdown.of(DataDictionary.of(CODEBOOK));
    if (Boolean.getBoolean("chorus.golden.update")) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as(COMMITTED + " differs from the generated dictionary (regenerate: -Dchorus.golden.update=true)")
        .isEqualTo(generated);
  }
}
