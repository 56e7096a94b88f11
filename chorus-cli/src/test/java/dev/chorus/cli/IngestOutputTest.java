package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ingest tells a user without a terminal (as tests run): progress, problems said once, bad encoding. */
class IngestOutputTest {
  @TempDir Path dir;

  static final String HEADER = "id,author,created_at,text\n";

  CliRun run(String... args) {
    return CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, args);
  }

  @Test
  void withoutATerminalProgressLinesGoToStderrAndTheCommonRejectReasonsAtTheEnd() throws Exception {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, HEADER + "1,a,2025-01-01T00:00:00Z,ok\n2,a\n3,a\n4,a,x,y,z\n");
    CliRun ingest = run("ingest", "--progress-seconds", "0", file.toString());
    assertThat(ingest.code()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(ingest.err()).containsPattern("chorus: ingest: 1 files, \\d+ posts, [\\d,]+ posts/s, 3 rejected")
        .contains("most common reject reasons (3 records, 0 files)")
        .containsPattern("\\s+2  2 values but the header has 4 columns\n\\s+1  5 values but the header has 4 columns");
    assertThat(ingest.out()).doesNotContain("chorus: ingest:");

    CliRun json = run("ingest", "--json", file.toString());
    JsonNode reasons = json.json().get("reject_reasons");
    assertThat(reasons.get(0).get("reason").asText()).isEqualTo("2 values but the header has 4 columns");
    assertThat(reasons.get(0).get("count").asLong()).isEqualTo(2);
    assertThat(json.err()).as("default interval: no line for a run this short")
        .doesNotContain("chorus: ingest:").contains("most common reject reasons");
  }

  @Test
  void folderIngestNamesTheFormatsOnceAndCountsTheSkippedFiles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.csv"), HEADER + "1,a,2025-01-01T00:00:00Z,ok\n");
    for (String name : new String[] {"notes1.txt", "notes2.txt", "notes3.txt"}) {
      Files.writeString(in.resolve(name), "just some notes, not an export\n");
    }
    CliRun ingest = run("ingest", in.toString());
    assertThat(ingest.code()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(ingest.err()).contains("chorus: 3 files skipped, unknown format (no source recognises its content): "
        + in.resolve("notes1.txt") + ", " + in.resolve("notes2.txt") + ", " + in.resolve("notes3.txt"));
    assertThat(ingest.err().split("use --format with one of", -1)).hasSize(2);
  }

  @Test
  void recordsWithUndecodableBytesAreCountedAndPlaced() throws Exception {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes((HEADER + "1,a,2025-01-01T00:00:00Z,ok \uFFFD\n2,a,2025-01-01T00:00:00Z,bad ")
        .getBytes(StandardCharsets.UTF_8));
    csv.writeBytes(new byte[] {(byte) 0xD8, '\n'});
    Path file = dir.resolve("bad.csv");
    Files.write(file, csv.toByteArray());
    CliRun json = run("ingest", "--json", file.toString());
    assertThat(json.code()).as("the record is kept").isZero();
    JsonNode s = json.json();
    assertThat(s.get("encoding_replaced").asLong()).isEqualTo(1);
    assertThat(s.get("added").asLong()).isEqualTo(2);
    assertThat(s.get("encoding_files").get(0).get("first_line").asLong()).isEqualTo(3);
    assertThat(json.err()).contains("1 records had bytes that are not valid text, stored as U+FFFD (first: "
        + file + " line 3)");

    CliRun text = run("ingest", file.toString());
    assertThat(text.out()).contains("encoding   1 records had bytes that are not valid text")
        .contains(file + ": 1 records, first at line 3");
  }
}
