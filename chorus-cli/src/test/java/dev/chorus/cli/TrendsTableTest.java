package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trends table says how many empty buckets lie between posts far apart (a stray early post would print a year of
 * zero rows) and keeps short gaps as rows; the JSON keeps every bucket.
 */
class TrendsTableTest {
  @TempDir Path dir;

  static final String CSV = """
      id,platform,author,created_at,text,url,lang
      1,x,alice,2026-01-01T12:00:00Z,Talks resumed in Muscat,,en
      2,x,bob,2026-03-01T12:00:00Z,Give diplomacy a chance,,en
      3,x,carol,2026-03-03T12:00:00Z,End the talks now,,en
      """;

  @Test
  void aLongRunOfEmptyDaysIsOneLineAndAShortOneStays() throws Exception {
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, CSV);
    Path ws = dir.resolve("ws");
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "ingest", "--format", "csv", file.toString()).code()).isZero();

    String table = CliRun.run(ws, CliRun.TEST_ENV, "trends", "--interval", "day").out();
    assertThat(table).contains("(58 days without a post)").contains("2026-03-02 00:00").doesNotContain("2026-01-15");
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "trends", "--interval", "day", "--json").json()
        .path("series").path("buckets")).hasSize(62);
  }
}
