package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.lucene.LucenePostStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
  @TempDir Path dir;

  static final String CHANNEL = """
      {"name": "Talks Watch", "type": "public_channel", "id": 1001, "messages": [
        {"id": 1, "type": "message", "date": "2025-04-01T10:00:00", "date_unixtime": "1743501600",
         "from": "Talks Watch", "from_id": "channel1001", "text": "Round two in Muscat #IranTalks"},
        {"id": 2, "type": "message", "date": "2025-04-01T11:00:00", "date_unixtime": "not-a-time",
         "from": "Talks Watch", "from_id": "channel1001", "text": "bad date"},
        {"id": 3, "type": "message", "date": "2025-04-01T12:00:00", "date_unixtime": "1743508800",
         "from": "Sara", "from_id": "user77", "text": "ask @secret_handle about it"}
      ]}
      """;

  IngestService service(PostStore store) {
    Pseudonymizer p = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
    return new IngestService(SourceRegistry.loadDefault(), p, AnnotationChain.empty(), store, dir.resolve("rejects"),
        Clock.systemUTC());
  }

  @Test
  void keepsGoodRecordsRejectsBadOnesAndReportsUnreadableFiles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-channel.json"), CHANNEL);
    Files.writeString(in.resolve("b-truncated.json"), CHANNEL.substring(0, CHANNEL.length() / 2));
    Files.writeString(in.resolve("c-empty.json"), "");
    Files.write(in.resolve("d-binary.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
    Files.writeString(in.resolve("e-unknown.json"), "{\"hello\": \"world\"}");
    Files.writeString(in.resolve("f-deep.json"), "[".repeat(5000) + "]".repeat(5000));
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      IngestSummary s = service(store).ingest(List.of(in), null, Map.of(), false, IngestListener.NONE);
      assertThat(s.files()).isEqualTo(6);
      assertThat(s.added()).isEqualTo(2);
      assertThat(s.rejectedRecords()).isEqualTo(1);
      assertThat(s.failedFiles()).extracting(IngestSummary.FileFailure::file)
          .allMatch(f -> !f.endsWith("a-channel.json")).hasSize(5);
      assertThat(s.read()).isEqualTo(s.added() + s.updated() + s.duplicates() + s.rejectedRecords());
      assertThat(s.posts()).isEqualTo(2);
      String rejects = Files.readString(Path.of(s.rejectsFile()), StandardCharsets.UTF_8);
      assertThat(rejects).contains("a-channel.json").contains("date_unixtime").contains("b-truncated.json")
          .contains("binary").contains("empty");
      assertThat(store.search(PostQuery.text("secret_handle"), 10, SearchOrder.NEWEST).total()).isZero();
    }
  }

  @Test
  void recordsWithUndecodableBytesAreKeptCountedAndPlacedGenuineReplacementCharactersAreNot() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes("id,author,created_at,text\n1,a,2025-01-01T00:00:00Z,ok\n2,a,2025-01-01T00:00:00Z,\"two\nlines "
        .getBytes(StandardCharsets.UTF_8));
    csv.writeBytes(new byte[] {(byte) 0xC3, '"', '\n'});
    csv.writeBytes("3,a,2025-01-01T00:00:00Z,genuine \uFFFD\n4,a,2025-01-01T00:00:00Z,bad "
        .getBytes(StandardCharsets.UTF_8));
    csv.writeBytes(new byte[] {(byte) 0xFF, '\n'});
    Files.write(in.resolve("a.csv"), csv.toByteArray());
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    ndjson.writeBytes("{\"id\":\"n1\",\"author\":\"b\",\"created_at\":\"2025-01-01T00:00:00Z\",\"text\":\"x "
        .getBytes(StandardCharsets.UTF_8));
    ndjson.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82, '"', '}', '\n'});
    Files.write(in.resolve("b.ndjson"), ndjson.toByteArray());
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      IngestSummary s = service(store).ingest(List.of(in), null, Map.of(), false, IngestListener.NONE);
      assertThat(s.failedFiles()).isEmpty();
      assertThat(s.added()).as("kept, with U+FFFD in place of the bytes").isEqualTo(5);
      assertThat(s.encodingReplaced()).isEqualTo(3);
      assertThat(s.encodingFiles()).containsExactly(
          new IngestSummary.EncodingReplacement(in.resolve("a.csv").toString(), 2, 3),
          new IngestSummary.EncodingReplacement(in.resolve("b.ndjson").toString(), 1, 1));
      assertThat(s.read()).isEqualTo(s.added() + s.updated() + s.duplicates() + s.rejectedRecords());
    }
  }

  @Test
  void rejectReasonsAreCountedWithoutTheRecordsPlace() throws Exception {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "id,author,created_at,text\n1,a,2025-01-01T00:00:00Z,ok\n2,a\n3,a\n4,a,x,y,z\n");
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      IngestSummary s = service(store).ingest(List.of(file), null, Map.of(), false, IngestListener.NONE);
      assertThat(s.rejectReasons()).containsExactly(
          new IngestSummary.ReasonCount("2 values but the header has 4 columns", 2),
          new IngestSummary.ReasonCount("5 values but the header has 4 columns", 1));
    }
  }

  @Test
  void reingestingNeverDuplicates() throws Exception {
    Path file = dir.resolve("channel.json");
    Files.writeString(file, CHANNEL);
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      service(store).ingest(List.of(file), null, Map.of(), false, IngestListener.NONE);
      IngestSummary again = service(store).ingest(List.of(file), "telegram-export", Map.of(), false,
          IngestListener.NONE);
      assertThat(again.added()).isZero();
      assertThat(again.duplicates()).isEqualTo(2);
      assertThat(again.posts()).isEqualTo(2);
    }
  }

  @Test
  void provenanceAndRejectsNameFilesFromTheFolderGivenNeverByAbsolutePath() throws Exception {
    Path in = Files.createDirectories(dir.resolve("exports").resolve("tg"));
    Files.writeString(in.resolve("channel.json"), CHANNEL);
    Path alone = dir.resolve("alone.json");
    Files.writeString(alone, CHANNEL.replace("\"id\": 1001", "\"id\": 1002")); // another chat
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      IngestSummary s = service(store).ingest(List.of(dir.resolve("exports").toAbsolutePath(), alone), null,
          Map.of(), false, IngestListener.NONE);
      java.util.Set<String> files = new java.util.TreeSet<>();
      store.forEach(PostQuery.all(), p -> files.add(p.provenance().sourceFile()));
      assertThat(files).containsExactly("alone.json", "exports/tg/channel.json");
      String rejects = Files.readString(Path.of(s.rejectsFile()), StandardCharsets.UTF_8);
      assertThat(rejects).contains("\"file\":\"exports/tg/channel.json\"").doesNotContain(dir.toString());
    }
  }
}
