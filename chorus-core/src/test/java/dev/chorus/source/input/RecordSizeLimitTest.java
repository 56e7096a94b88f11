package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.source.GoldenFiles;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record past the record-size limit is reported as exactly that: the limit, where, and how to raise it. */
class RecordSizeLimitTest {
  private static final InputLimits SMALL = new InputLimits(1_000, 100);
  private static final String GOOD = "{\"id\": \"1\", \"author\": \"a\", \"created_at\": \"2025-04-01T10:00:00Z\", "
      + "\"text\": \"short\"}";

  @Test
  void aLineLongerThanTheLimitIsRejectedSayingSoAndTheOtherLinesAreRead() throws Exception {
    String huge = "{\"id\": \"2\", \"author\": \"a\", \"text\": \"" + "x".repeat(5_000) + "\"}";
    SourceInput input = SourceInput.ofString("big.ndjson", huge + "\n" + GOOD + "\n\n" + huge + "\n"
        + GOOD.replace("\"1\"", "\"3\"") + "\n");
    GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
    new JsonRecords(SMALL).forEachLine(input, sink, (n, node, s) -> s.post(n, null));
    assertThat(sink.postRecords).containsExactly(2L, 5L);
    assertThat(sink.rejects).containsExactly(
        "1: the record at line 1 is longer than the record-size limit of 1,000 characters; to read it, raise the "
            + "limit (in millions of characters) with CHORUS_MAX_RECORD_MB=4",
        "4: the record at line 4 is longer than the record-size limit of 1,000 characters; to read it, raise the "
            + "limit (in millions of characters) with CHORUS_MAX_RECORD_MB=4");
  }

  @Test
  void aFirstLineLongerThanTheLimitIsSaidToBeSoNotCalledNoJson() throws Exception {
    String huge = "{\"text\": \"" + "x".repeat(5_000) + "\"}";
    JsonRecords.FirstLine first = new JsonRecords(SMALL).firstLine(SourceInput.ofString("a.ndjson", huge)).get();
    assertThat(first.tooLong()).isTrue();
    assertThat(first.text().length()).isLessThan(1_100);
  }

  /** The line cut costs bounded memory: what the reader hands on of a long line is the limit, not the line. */
  @Test
  void theCutPartOfALineIsNeverHeld() throws Exception {
    String text = "a".repeat(200_000) + "\nshort\n";
    try (DecodedText reader = TextEncodings.reader(new java.io.ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8))).cutLinesLongerThan(100)) {
      BufferedReader r = reader;
      assertThat(r.readLine()).hasSize(100);
      assertThat(reader.cutWithin(1, 1)).isTrue();
      assertThat(r.readLine()).isEqualTo("short");
      assertThat(reader.cutWithin(2, 2)).isFalse();
    }
  }

  @Test
  void aTextValueLongerThanTheLimitInADocumentIsNamedInWords() throws Exception {
    String doc = "[{\"text\": \"ok\"}, {\"text\": \"" + "x".repeat(5_000) + "\"}]";
    JsonRecords records = new JsonRecords(SMALL);
    GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
    try (var parser = records.parser(SourceInput.ofString("doc.json", doc))) {
      parser.nextToken();
      assertThatThrownBy(() -> records.forEachElement(parser, sink, (n, node, s) -> s.post(n, null)))
          .isInstanceOf(InputLimitException.class)
          .hasMessageStartingWith("record 2: a text value is longer than the record-size limit of 1,000 characters;"
              + " to read it, raise the limit (in millions of characters) with CHORUS_MAX_RECORD_MB=4")
          .hasMessageNotContaining("StreamReadConstraints");
    }
    assertThat(sink.postRecords).containsExactly(1L);
  }

  @Test
  void theNdjsonSourceReportsAHugeRecordByItsSizeNotAsAFirstLineThatIsNoObject() throws Exception {
    String huge = "{\"id\": \"2\", \"author\": \"a\", \"text\": \"" + "x".repeat(21_000_000) + "\"}";
    GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
    SourceRegistry.loadDefault().require("ndjson").configure(Map.of())
        .read(SourceInput.ofString("big.ndjson", huge + "\n" + GOOD + "\n"), sink);
    assertThat(sink.rejects).singleElement().asString()
        .startsWith("1: the record at line 1 is longer than the record-size limit of 20,000,000 characters")
        .contains("CHORUS_MAX_RECORD_MB=80");
    assertThat(sink.posts).hasSize(1);
  }
}
