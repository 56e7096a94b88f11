package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every stored post of the demo sample, with all its labels and confidences, against a golden file: the check that a
 * change meant only to make ingest faster (or tidier) leaves what is stored byte for byte the same. Fields that
 * change from run to run (ingest time, annotator run stamps) are dropped. {@code -Dchorus.golden.update=true}
 * rewrites the file after an intended change; read its diff.
 */
class StoredPostsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/stored-posts.ndjson");

  @Test
  void theDemoSampleIsStoredExactlyAsBefore() throws Exception {
    DemoSample sample = DemoSample.get();
    Path out = Files.createTempFile("chorus-export", ".ndjson");
    CliRun run = sample.run("export", "--format", "ndjson", "--role", "any", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode post = sample.stable(line);
      if (post.get("provenance") instanceof ObjectNode provenance) {
        provenance.remove("ingestedAt");
      }
      lines.add(JsonConfig.mapper().writeValueAsString(post));
    }
    Files.delete(out);
    lines.sort(Comparator.naturalOrder());
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("chorus.golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(lines).hasSize((int) Files.lines(GOLDEN).count());
    assertThat(actual).as("stored posts differ from " + GOLDEN + " (if intended: -Dchorus.golden.update=true)")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
