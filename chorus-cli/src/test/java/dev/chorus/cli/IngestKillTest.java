package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child ingest process (SIGKILL) after its first durable commit, then checks that what was committed is
 * there and that re-running the same ingest ends with exactly the right posts.
 */
class IngestKillTest {
  static final int ROWS = 160_000;
  static final Map<String, String> ENV = Map.of("CHORUS_KEY", "kill-test-key-0123456789");

  @TempDir Path dir;

  @Test
  void killedIngestLosesNothingCommittedAndRerunCompletesWithoutDuplicates() throws Exception {
    Path csv = writeCsv(dir.resolve("posts.csv"));
    Path ws = dir.resolve("ws");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        ChorusCommand.class.getName(), "--workspace", ws.toString(), "ingest", "--json", csv.toString());
    pb.environment().putAll(ENV);
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
    Process child = pb.start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (!hasCommit(ws.resolve("index")) && child.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(child.isAlive()).as("child should still be ingesting when killed; log: %s",
        Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
    child.destroyForcibly().waitFor();

    long committed;
    try (PostStore store = new Workspace(ws).openStore(false)) {
      committed = store.count();
    }
    assertThat(committed).isPositive().isLessThan(ROWS);

    StringWriter out = new StringWriter();
    int code = ChorusCommand.run(new String[] {"--workspace", ws.toString(), "ingest", "--json", csv.toString()},
        ENV, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertThat(summary.get("posts").asLong()).isEqualTo(ROWS);
    assertThat(summary.get("duplicates").asLong()).isEqualTo(committed);
    assertThat(summary.get("added").asLong()).isEqualTo(ROWS - committed);
  }

  private static boolean hasCommit(Path index) throws Exception {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Stream<Path> files = Files.list(index)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
    }
  }

  private static Path writeCsv(Path file) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id,platform,author,created_at,text,url,lang\n");
      for (int i = 0; i < ROWS; i++) {
        w.write(i + ",x,acct" + (i % 997) + ",2025-04-0" + (1 + i % 9) + "T10:00:00Z,"
            + "Post number " + i + " about the talks #IranTalks,https://news.example.org/" + i + ",en\n");
      }
    }
    return file;
  }

}
