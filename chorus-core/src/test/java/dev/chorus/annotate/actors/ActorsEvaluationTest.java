package dev.chorus.annotate.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.codebook.CodebookLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actor coverage of a CSV of texts with the bundled codebook. */
class ActorsEvaluationTest {
  @TempDir Path dir;

  @Test
  void coverageByLanguageAndTopActorsFromACsvWithABomAndLanguageNames() throws Exception {
    Path csv = Files.writeString(dir.resolve("texts.csv"), """
        \uFEFFbody,language
        "The IRGC and Hezbollah, again",English
        والحرس الثوري,Arabic
        nothing here,en
        no language,
        """);
    List<ActorsEvaluation.Sample> samples = ActorsEvaluation.read(csv, "body", "language");
    assertThat(samples).extracting(ActorsEvaluation.Sample::lang).containsExactly("en", "ar", "en", null);
    ActorsEvaluation.Report r = new ActorsEvaluation(CodebookLoader.loadDefault(), 1).run(samples);
    assertThat(r.posts()).isEqualTo(4);
    assertThat(r.postsWithActor()).isEqualTo(2);
    assertThat(r.byLanguage()).containsOnlyKeys("ar", "en", "unknown");
    assertThat(r.byLanguage().get("en")).isEqualTo(new ActorsEvaluation.LanguageCoverage(2, 1));
    assertThat(r.topActors()).containsEntry("irgc", 2);
    assertThat(r.topActors().keySet().iterator().next()).isEqualTo("irgc");
    assertThat(r.actorsPostsPerSecond()).isPositive();
  }

  @Test
  void aMissingFileOrColumnIsNamed() throws Exception {
    assertThatThrownBy(() -> ActorsEvaluation.read(dir.resolve("none.csv"), "text", "lang"))
        .hasMessageContaining("none.csv");
    Path csv = Files.writeString(dir.resolve("t.csv"), "body\nx\n");
    assertThatThrownBy(() -> ActorsEvaluation.read(csv, "text", "lang"))
        .hasMessageContaining("t.csv: no column 'text' (columns: [body])");
  }

  @Test
  void languageNamesBecomeCodes() {
    assertThat(ActorsEvaluation.languageCode(" Hebrew ")).isEqualTo("he");
    assertThat(ActorsEvaluation.languageCode("FA")).isEqualTo("fa");
    assertThat(ActorsEvaluation.languageCode("")).isNull();
    assertThat(ActorsEvaluation.languageCode("Klingonese")).isEqualTo("klingonese");
  }
}
