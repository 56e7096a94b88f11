package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus eval language} on a small made-up file. */
class EvalLanguageCommandTest {
  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    return ChorusCommand.run(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void printsOneJsonObjectWithScoresConfusionAndSpeed() throws Exception {
    Path csv = dir.resolve("test.csv");
    Files.writeString(csv, """
        text,lang
        "The talks resume next week, both sides say.",en
        "من واقعا نمی‌دونم چرا
        هیچکس درباره این موضوع حرف نمیزنه",fa
        هل تعتقد أن العقوبات سترفع قبل نهاية العام؟,ar
        השיחות יתחדשו בשבוע הבא,he
        #IranTalks,en
        """);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "eval", "language", "--test", csv.toString(), "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertThat(j.get("n").asInt()).isEqualTo(5);
    assertThat(j.get("accuracy").asDouble()).isEqualTo(0.8);
    assertThat(j.get("confusion").get("en").get("und").asInt()).isEqualTo(1);
    assertThat(j.get("confusion").get("fa").get("fa").asInt()).isEqualTo(1);
    assertThat(j.get("per_language").get("en").get("support").asInt()).isEqualTo(2);
    assertThat(j.get("per_language").get("en").get("recall").asDouble()).isEqualTo(0.5);
    assertThat(j.get("posts_per_second").asDouble()).isPositive();
  }

  @Test
  void missingFileIsAUsageErrorNamingThePath() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "eval", "language", "--test", dir.resolve("nope.csv").toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("nope.csv").contains("no such file");
  }

  @Test
  void wrongHeaderIsAUsageError() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "body,language\nhello,en\n");
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "eval", "language", "--test", csv.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("bad.csv").contains("no columns 'text', 'lang'")
        .contains("header: body, language");
  }
}
