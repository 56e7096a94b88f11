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

/** {@code chorus eval actors} on a few made-up lines. */
class EvalActorsCommandTest {
  @TempDir Path dir;

  @Test
  void reportsCoverageByLanguageAndTopActorsAsOneJsonObject() throws Exception {
    Path csv = dir.resolve("texts.csv");
    Files.writeString(csv, """
        text,source_language
        "The IRGC and Hezbollah, again",English
        والحرس الثوري,Arabic
        משמרות המהפכה,Hebrew
        nothing here,English
        """);
    StringWriter out = new StringWriter();
    int code = ChorusCommand.run(new String[] {"eval", "actors", "--data", csv.toString(), "--lang-column",
        "source_language", "--rounds", "1", "--json"}, Map.of(), new PrintWriter(out, true), new PrintWriter(
        new StringWriter(), true));
    assertThat(code).isZero();
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertThat(j.get("posts").asInt()).isEqualTo(4);
    assertThat(j.get("posts_with_actor").asInt()).isEqualTo(3);
    assertThat(j.at("/by_lang/en/posts").asInt()).isEqualTo(2);
    assertThat(j.at("/by_lang/ar/with_actor").asInt()).isEqualTo(1);
    assertThat(j.at("/top_actors/irgc").asInt()).isEqualTo(3);
    assertThat(j.get("actors_posts_per_s").asLong()).isPositive();
  }

  @Test
  void aMissingFileIsAUsageErrorNamingIt() {
    StringWriter err = new StringWriter();
    Path missing = dir.resolve("missing.csv");
    int code = ChorusCommand.run(new String[] {"eval", "actors", "--data", missing.toString()}, Map.of(),
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains(missing.toString());
  }
}
