package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus reveal}: the only command that gives raw identifiers back, and only with the key. */
class RevealCommandTest {
  @TempDir Path dir;

  static final String RECORD = "{\"id\":\"1911\",\"author\":\"987654321\",\"author_handle\":\"gulf_analyst\","
      + "\"created_at\":\"2025-04-12T09:00:00Z\",\"text\":\"talks resume\",\"platform\":\"x\"}\n";

  @Test
  void revealsAuthorsOfStoredPostsWithTheKeyAndNothingWithAnother() throws Exception {
    Path in = dir.resolve("posts.ndjson");
    Files.writeString(in, RECORD);
    Path ws = dir.resolve("ws");
    CliRun ingest = CliRun.run(ws, CliRun.TEST_ENV, "ingest", in.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    JsonNode found = CliRun.run(ws, CliRun.TEST_ENV, "search", "talks", "--json").json();
    JsonNode post = found.get("posts").get(0);
    String author = post.get("author").asText();
    assertThat(author).startsWith("u_");
    assertThat(Files.readString(ws.resolve("reveal/pseudonyms.tsv"))).doesNotContain("987654321");

    CliRun reveal = CliRun.run(ws, CliRun.TEST_ENV, "reveal", author);
    assertThat(reveal.code()).as(reveal.err()).isZero();
    assertThat(reveal.out()).isEqualTo(author + "\tx\tid\t987654321\n");
    JsonNode json = CliRun.run(ws, CliRun.TEST_ENV, "reveal", "--json", author).json();
    assertThat(json.get(0).get("pseudonyms").get(0).get("identifier").asText()).isEqualTo("987654321");

    CliRun wrongKey = CliRun.run(ws, Map.of("CHORUS_KEY", "some-other-key-of-16+-bytes"), "reveal", author);
    assertThat(wrongKey.code()).isEqualTo(ExitCodes.ERROR);
    assertThat(wrongKey.out()).isEmpty();
    assertThat(wrongKey.err()).contains("another key").doesNotContain("987654321");
    CliRun noPseudonym = CliRun.run(ws, CliRun.TEST_ENV, "reveal", "gulf_analyst");
    assertThat(noPseudonym.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noPseudonym.err()).contains("holds no pseudonym");
  }
}
