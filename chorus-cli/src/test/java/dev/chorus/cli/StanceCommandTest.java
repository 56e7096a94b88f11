package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus eval stance} and {@code chorus train stance} on a small made-up CSV. */
class StanceCommandTest {
  @TempDir Path dir;
  Path labels;

  @BeforeEach
  void writeLabels() throws Exception {
    StringBuilder b = new StringBuilder("text,target,stance\n");
    String[][] rows = {{"favor", "solar is great", "love solar roofs", "solar works well", "clean solar power"},
        {"against", "solar is a scam", "solar is useless", "stop solar waste", "solar fraud again"},
        {"none", "my cat sleeps", "rain this weekend", "pizza downtown", "library closes early"}};
    for (String target : new String[] {"Solar Power", "Wind Power"}) {
      for (String end : new String[] {"", " now", " today"}) {
        for (String[] r : rows) {
          for (int i = 1; i < r.length; i++) {
            b.append(r[i].replace("solar", target.equals("Wind Power") ? "wind" : "solar")).append(end).append(',')
                .append(target).append(',').append(r[0]).append('\n');
          }
        }
      }
    }
    labels = dir.resolve("labels.csv");
    Files.writeString(labels, b.toString());
  }

  CliRun run(String... args) {
    return CliRun.run(dir.resolve("ws"), Map.of(), args);
  }

  @Test
  void evalPrintsOneJsonObjectWithTheScores() throws Exception {
    CliRun r = run("eval", "stance", "--train", labels.toString(), "--test", labels.toString(), "--format", "csv",
        "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("n").asInt()).isEqualTo(72);
    assertThat(j.get("f_avg").asDouble()).isBetween(0.9, 1.0);
    assertThat(j.get("f1").has("favor")).isTrue();
    assertThat(j.get("per_target").get("Wind Power").get("n").asInt()).isEqualTo(36);
    assertThat(j.get("ci95")).hasSize(2);
  }

  @Test
  void crossValidationAndMissingFileAndBadUsage() throws Exception {
    CliRun cv = run("eval", "stance", "--train", labels.toString(), "--cv", "3", "--json");
    assertThat(cv.code()).as(cv.err()).isZero();
    assertThat(cv.json().get("mode").asText()).isEqualTo("cv-3");
    CliRun missing = run("eval", "stance", "--train", dir.resolve("nope.csv").toString(), "--cv", "3");
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("nope.csv");
    assertThat(run("eval", "stance", "--train", labels.toString(), "--cv", "3", "--test", labels.toString()).code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void withoutTestOrCvTheDevelopmentProtocolPrintsItsEstimateBesideTheShuffledCv() throws Exception {
    CliRun r = run("eval", "stance", "--train", labels.toString(), "--shuffled-cv", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("mode").asText()).isEqualTo("dev-blocked");
    assertThat(j.get("protocol").asText()).contains("last 25%");
    assertThat(j.get("n").asInt()).as("the last 9 of each target's 36 posts").isEqualTo(18);
    assertThat(j.get("f_avg").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("ci95")).hasSize(2);
    assertThat(j.get("chosen").get("solar-power").get("setting").asText()).isNotEmpty();
    assertThat(j.get("reliability").get("ece").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("shuffled_cv").get("mode").asText()).isEqualTo("cv-3");
    CliRun bad = run("eval", "stance", "--train", labels.toString(), "--tuning", "best");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("per-target, shared or none, got 'best'");
  }

  @Test
  void learningCurveGivesRandomAndUncertaintyPointsUpToThePool() throws Exception {
    CliRun r = run("eval", "stance", "--train", labels.toString(), "--learning-curve", "--repeats", "2", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode points = r.json().get("points");
    // each target's training part holds 27 posts: sizes below it, then the whole pool
    assertThat(points).extracting(p -> p.get("sampling").asText() + "@" + p.get("per_target").asInt())
        .containsExactly("random@27", "uncertainty@27");
    assertThat(points.get(0).get("repeats").asInt()).isEqualTo(2);
    assertThat(points.get(0).get("f_avg").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void trainWritesModelsAndCardsIntoTheWorkspace() throws Exception {
    CliRun r = run("train", "stance", "--labels", labels.toString(), "--cv", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode card = r.json().get("models").get(0);
    assertThat(card.get("trainingSha256").asText()).hasSize(64);
    assertThat(card.get("modelSha256").asText()).hasSize(64);
    assertThat(card.get("crossValidation").has("f_avg")).isTrue();
    assertThat(card.get("development").get("protocol").asText()).contains("blocked");
    assertThat(card.get("development").get("estimate").has("ci95_low")).isTrue();
    assertThat(card.get("development").get("chosen").asText()).isNotEmpty();
    Path models = dir.resolve("ws/models/stance");
    assertThat(models.resolve("solar-power.model")).exists();
    assertThat(models.resolve("wind-power.card.json")).exists();
  }

  @Test
  void embeddingsFollowThePostsLanguageByDefaultAndTheirWeightIsReported() throws Exception {
    CliRun r = run("eval", "stance", "--train", labels.toString(), "--shuffled-cv", "0", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("embeddings: e5-small-v2 (auto:").contains("in 'en'");
    assertThat(r.json().get("embeddings").get("embedder").asText()).isEqualTo("e5-small-v2");
    JsonNode chosen = r.json().get("chosen").get("solar-power");
    assertThat(chosen.get("embeddings").get("embedder").asText()).isEqualTo("e5-small-v2");
    assertThat(chosen.get("embeddings").get("w").asDouble()).isBetween(0.0, 3.0);
    CliRun plain = run("eval", "stance", "--train", labels.toString(), "--embeddings", "none", "--shuffled-cv", "0",
        "--json");
    assertThat(plain.json().get("chosen").get("solar-power").has("embeddings")).isFalse();
    assertThat(plain.json().get("embeddings").get("embedder").isNull()).isTrue();
    assertThat(plain.json().get("embeddings").get("reason").asText()).contains("--embeddings none");
    CliRun unknown = run("eval", "stance", "--train", labels.toString(), "--embeddings", "glove");
    assertThat(unknown.code()).isNotZero();
    assertThat(unknown.err()).contains("no sentence embedder 'glove'").contains("e5-small-v2");
  }
}
