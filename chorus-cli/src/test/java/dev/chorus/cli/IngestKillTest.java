package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child ingest process (SIGKILL) at a known point: after its first durable commit, with one more batch
 * stored but not committed (the child halts there through {@link IngestProgress#HALT_AFTER_FIRST_COMMIT} and says
 * so). Then checks that exactly what was committed is there and that re-running the same ingest ends with exactly the
 * right posts, without duplicates.
 */
class IngestKillTest {
  /** Enough for a commit before the end (the child commits every {@value #COMMIT_EVERY} posts) and more after it. */
  static final int ROWS = 64_000;
  static final int COMMIT_EVERY = 50_000;
  static final Map<String, String> ENV = Map.of("CHORUS_KEY", "kill-test-key-0123456789");
  static final Pattern HALTED = Pattern.compile("chorus: halted for a kill test: committed (\\d+) posts, .*");

  @TempDir Path dir;

  @Test
  @Timeout(300)
  void killedIngestLosesNothingCommittedAndRerunCompletesWithoutDuplicates() throws Exception {
    Path csv = writeCsv(dir.resolve("posts.csv"));
    Path ws = dir.resolve("ws");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-D" + IngestProgress.HALT_AFTER_FIRST_COMMIT + "=true",
        "-D" + IngestCommand.COMMIT_EVERY_POSTS + "=" + COMMIT_EVERY,
        "-cp", System.getProperty("java.class.path"), ChorusCommand.class.getName(), "--workspace", ws.toString(),
        "ingest", "--json", csv.toString());
    pb.environment().putAll(ENV);
    Process child = pb.redirectErrorStream(true).start();
    long committed;
    try {
      committed = awaitHalt(child);
      assertThat(child.isAlive()).as("the child waits at its halt point until killed").isTrue();
    } finally {
      child.destroyForcibly().waitFor();
    }

    assertThat(committed).isPositive().isLessThan(ROWS);
    try (PostStore store = new Workspace(ws).openStore(false)) {
      // every acknowledged post is there, and nothing of the stored but uncommitted batch
      assertThat(store.count()).isEqualTo(committed);
    }

    StringWriter out = new StringWriter();
    int code = ChorusCommand.run(new String[] {"--workspace", ws.toString(), "ingest", "--json", csv.toString()},
        ENV, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertThat(summary.get("posts").asLong()).isEqualTo(ROWS);
    assertThat(summary.get("unchanged").asLong()).isEqualTo(committed);
    assertThat(summary.get("added").asLong()).isEqualTo(ROWS - committed);
  }

  /** Reads the child's output until it says where it halted; returns the posts it had committed then. */
  private static long awaitHalt(Process child) throws Exception {
    StringBuilder log = new StringBuilder();
    BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      Matcher m = HALTED.matcher(line);
      if (m.matches()) {
        return Long.parseLong(m.group(1));
      }
      log.append(line).append('\n');
    }
    throw new AssertionError("the child ended (exit " + child.waitFor() + ") without halting after a commit:\n" + log);
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
