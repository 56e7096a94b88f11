package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose index an older version built is reported by every command that reads it (no silent wrong
 * answers), and {@code chorus reindex} rewrites it, keeping every post.
 */
class ReindexCommandTest {
  @TempDir Path dir;

  @Test
  void anOlderIndexIsReportedUntilReindexed() throws Exception {
    Path ws = dir.resolve("ws");
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, """
        id,platform,author,created_at,text,url,lang
        1,x,alice,2025-05-01T10:00:00Z,talks today,,en
        2,x,bob,2025-05-01T11:00:00Z,مذاکره با آمریکا,,fa
        """);
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "ingest", "--format", "csv", file.toString()).code()).isZero();
    CliRun fresh = CliRun.run(ws, CliRun.TEST_ENV, "stats", "--json");
    assertThat(fresh.err()).doesNotContain("warning");

    try (var d = FSDirectory.open(ws.resolve("index"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.setLiveCommitData(Map.<String, String>of().entrySet()); // as versions before the format mark committed
      w.commit();
    }
    CliRun stale = CliRun.run(ws, CliRun.TEST_ENV, "stats", "--json");
    assertThat(stale.code()).isZero();
    assertThat(stale.err()).contains("chorus: warning:", "older Chorus", "chorus reindex");
    assertThat(stale.json().get("posts").asLong()).isEqualTo(2);

    CliRun reindex = CliRun.run(ws, CliRun.TEST_ENV, "reindex", "--json");
    assertThat(reindex.code()).as(reindex.err()).isZero();
    assertThat(reindex.json().get("posts").asLong()).isEqualTo(2);
    assertThat(reindex.json().get("was_stale").asBoolean()).isTrue();
    CliRun after = CliRun.run(ws, CliRun.TEST_ENV, "search", "مذاکره", "--json");
    assertThat(after.err()).doesNotContain("warning");
    assertThat(after.json().get("total").asLong()).isEqualTo(1);
  }
}
