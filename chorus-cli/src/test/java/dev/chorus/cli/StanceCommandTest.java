package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
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

  record Result(int code, String out, String err) {
    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(out);
    }
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 2];
    full[0] = "--workspace";
    full[1] = dir.resolve("ws").toString();
    System.arraycopy(args, 0, full, 2, args.length);
    int code = ChorusCommand.run(full, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void evalPrintsOneJsonObjectWithTheScores() throws Exception {
    Result r = run("eval", "stance", "--train", labels.toString(), "--test", labels.toString(), "--format", "csv",
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
    Result cv = run("eval", "stance", "--train", labels.toString(), "--cv", "3", "--json");
    assertThat(cv.code()).as(cv.err()).isZero();
    assertThat(cv.json().get("mode").asText()).isEqualTo("cv-3");
    Result missing = run("eval", "stance", "--train", dir.resolve("nope.csv").toString(), "--cv", "3");
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("nope.csv");
    assertThat(run("eval", "stance", "--train", labels.toString()).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void trainWritesModelsAndCardsIntoTheWorkspace() throws Exception {
    Result r = run("train", "stance", "--labels", labels.toString(), "--cv", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode card = r.json().get("models").get(0);
    assertThat(card.get("trainingSha256").asText()).hasSize(64);
    assertThat(card.get("modelSha256").asText()).hasSize(64);
    assertThat(card.get("crossValidation").has("f_avg")).isTrue();
    Path models = dir.resolve("ws/models/stance");
    assertThat(models.resolve("solar-power.model")).exists();
    assertThat(models.resolve("wind-power.card.json")).exists();
  }
}
