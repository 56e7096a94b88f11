package dev.chorus.analysis.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.ingest.IngestListener;
import dev.chorus.ingest.IngestService;
import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.Provenance;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageServiceTest {
  static final Instant DAY1 = Instant.parse("2025-04-01T08:00:00Z");
  @TempDir Path dir;

  @Test
  void reportsSpansAndDaysWithoutPostsPerPlatformSourceAndFile() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      int[] days = {0, 1, 3, 6}; // x: nothing on days 2, 4 and 5
      for (int d : days) {
        store.upsert(post(Platform.X, "x" + d, DAY1.plusSeconds(d * 86_400L), "a.ndjson", "x-api-v2"));
      }
      store.upsert(post(Platform.TELEGRAM, "t1", DAY1, "chat.json", "telegram-export"));
      store.commit();

      CoverageReport r = new CoverageService(store, dir.resolve("runs"), dir.resolve("rejects"))
          .coverage(PostQuery.all(), true);
      assertThat(r.all().posts()).isEqualTo(5);
      CoverageReport.Span x = r.byPlatform().stream().filter(s -> s.label().equals("x")).findFirst().orElseThrow();
      assertThat(x.days()).isEqualTo(7);
      assertThat(x.missingDays()).containsExactly("2025-04-03", "2025-04-05", "2025-04-06");
      assertThat(x.daysWithoutPosts()).isEqualTo(3);
      assertThat(x.missingRanges()).containsExactly("2025-04-03", "2025-04-05/2025-04-06");
      CoverageReport.Span source = r.bySource().stream().filter(s -> s.label().equals("telegram-export"))
          .findFirst().orElseThrow();
      assertThat(source.posts()).isEqualTo(1);
      assertThat(source.missingDays()).isEmpty();
      assertThat(store.search(source.drilldown().query(), 1, SearchOrder.NEWEST).total()).isEqualTo(1);
      assertThat(r.byFile()).extracting(CoverageReport.Span::label).containsExactly("a.ndjson", "chat.json");
      assertThat(r.byFile().get(0).missingDays()).hasSize(3);
      assertThat(r.runs().runs()).isZero();
      assertThat(r.rejects()).isEqualTo(RejectSummary.none());
    }
  }

  @Test
  void sumsTheRunLogsIngestWrites() throws Exception {
    Path file = dir.resolve("chat.json");
    Files.writeString(file, """
        {"name": "Talks Watch", "type": "public_channel", "id": 1001, "messages": [
          {"id": 1, "type": "message", "date": "2025-04-01T10:00:00", "date_unixtime": "1743501600",
           "from": "Talks Watch", "from_id": "channel1001", "text": "Round two"},
          {"id": 2, "type": "message", "date": "2025-04-01T11:00:00", "date_unixtime": "not-a-time",
           "from": "Talks Watch", "from_id": "channel1001", "text": "bad date"}
        ]}
        """);
    Path runs = dir.resolve("runs");
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      Pseudonymizer p = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
      for (Instant start : List.of(DAY1, DAY1.plusSeconds(60))) { // run logs are named by their start time
        new IngestService(SourceRegistry.loadDefault(), p, AnnotationChain.empty(), store, dir.resolve("rejects"),
            runs, Clock.fixed(start, java.time.ZoneOffset.UTC))
            .ingest(List.of(file), null, Map.of(), false, IngestListener.NONE);
      }
      CoverageReport.Runs r = new CoverageService(store, runs, dir.resolve("rejects"))
          .coverage(PostQuery.all(), false).runs();
      assertThat(r.runs()).isEqualTo(2);
      assertThat(r.added()).isEqualTo(1);
      assertThat(r.duplicates()).isEqualTo(1);
      assertThat(r.rejectedRecords()).isEqualTo(2);
      assertThat(r.logs().get(0).perFile()).singleElement()
          .satisfies(f -> {
            assertThat(f.format()).isEqualTo("telegram-export");
            assertThat(f.read()).isEqualTo(2);
            assertThat(f.rejected()).isEqualTo(1);
          });
    }
  }

  @Test
  void missingDaysBecomeRunsOfConsecutiveDays() {
    CoverageReport.Span s = new CoverageReport.Span("x", 4, DAY1, DAY1.plusSeconds(9 * 86_400L), 10,
        CoverageService.missing(DAY1, DAY1.plusSeconds(9 * 86_400L),
            java.util.Set.of("2025-04-01", "2025-04-02", "2025-04-05", "2025-04-10"), java.time.ZoneOffset.UTC), null);
    assertThat(s.missingRanges()).containsExactly("2025-04-03/2025-04-04", "2025-04-06/2025-04-09");
    CoverageReport.Span full = new CoverageReport.Span("x", 1, DAY1, DAY1, 1,
        CoverageService.missing(DAY1, DAY1, java.util.Set.of("2025-04-01"), java.time.ZoneOffset.UTC), null);
    assertThat(full.missingRanges()).isEmpty();
  }

  @Test
  void rejectsAreSummarisedByReason() throws Exception {
    Path rejects = Files.createDirectories(dir.resolve("rejects"));
    Files.writeString(rejects.resolve("ingest-1.ndjson"),
        "{\"file\":\"a.json\",\"record\":3,\"reason\":\"field 'created_at': missing\",\"raw\":\"{}\"}\n"
            + "{\"file\":\"a.json\",\"record\":4,\"reason\":\"field 'created_at': missing\",\"raw\":\"{}\"}\n"
            + "not json\n"
            + "{\"file\":\"b.json\",\"record\":0,\"reason\":\"truncated document\",\"raw\":\"\"}\n");
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      store.commit();
      RejectSummary r = new CoverageService(store, null, rejects).coverage(PostQuery.all(), false).rejects();
      assertThat(r.records()).isEqualTo(2);
      assertThat(r.files()).isEqualTo(1);
      assertThat(r.byReason()).containsExactly(Map.entry("field 'created_at': missing", 2L),
          Map.entry("truncated document", 1L));
    }
  }

  private static Post post(Platform platform, String id, Instant at, String file, String format) {
    return Post.builder(platform, id).author(Author.of("u_1", null, null)).createdAt(at).text("t")
        .provenance(new Provenance(file, 1, format, at)).build();
  }
}
