package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {
  @TempDir
  Path dir;

  @Test
  void headerColumnsMatchWithoutRegardToCaseOrSpaces() throws Exception {
    CsvHeader h = new CsvHeader("f.csv", 1, List.of(" Id", "TEXT ", "lang"));
    assertThat(h.indexOf("id")).isZero();
    assertThat(h.require("text")).isEqualTo(1);
    assertThat(h.has("Lang")).isTrue();
    assertThat(h.indexOf("author")).isEqualTo(-1);
  }

  @Test
  void aMissingColumnIsRefusedNamingFileLineColumnAndTheColumnsFound() {
    CsvHeader h = new CsvHeader("dir/f.csv", 3, List.of("id", "body"));
    assertThatThrownBy(() -> h.require("text", "map it with column.text=<header>"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage("dir/f.csv: line 3: no column 'text' in the header (header: id, body); "
            + "map it with column.text=<header>");
    assertThatThrownBy(() -> h.requireAll(List.of("id", "text", "lang")))
        .hasMessage("dir/f.csv: line 3: no columns 'text', 'lang' in the header (header: id, body)");
    assertThatThrownBy(() -> new CsvHeader("f.csv", 1, List.of("id", "ID")).require("id"))
        .hasMessage("f.csv: line 1: column 'id' appears twice in the header (header: id, ID)");
  }

  @Test
  void aSniffedFirstLineIsSplitOnItsMostFrequentDelimiter() {
    assertThat(CsvHeader.guess("\"Id\";Author;text,with comma")).containsExactly("id", "author", "text,with comma");
    assertThat(CsvHeader.guess("id,author\ttext")).containsExactly("id", "author\ttext");
    assertThat(CsvHeader.guess("a;b,c", ',')).containsExactly("a;b", "c");
  }

  @Test
  void tableReadsMarkCrlfBlankLinesAndMultiLineValuesWithTheirStartLines() throws Exception {
    Path f = dir.resolve("labels.csv");
    Files.write(f, "\uFEFF\r\nText,Frames\r\n\"two\r\nlines\",a;b\r\n\r\nthird,\r\n".getBytes(StandardCharsets.UTF_8));
    CsvTable t = CsvTable.read(f, "text", "frames");
    assertThat(t.header().line()).isEqualTo(2);
    assertThat(t.rows()).extracting(CsvRow::line).containsExactly(3L, 6L);
    assertThat(t.rows()).extracting(CsvRow::number).containsExactly(1L, 2L);
    assertThat(t.cell(t.rows().get(0), "TEXT")).isEqualTo("two\r\nlines");
    assertThat(t.cell(t.rows().get(1), "frames")).isEmpty();
    assertThat(t.cell(t.rows().get(1), "lang")).isEmpty();
  }

  @Test
  void tableInUtf16IsReadLikeUtf8() throws Exception {
    Path f = dir.resolve("labels.csv");
    Files.write(f, "\uFEFFtext,lang\nשלום,he\n".getBytes(StandardCharsets.UTF_16BE));
    CsvTable t = CsvTable.read(f, "text", "lang");
    assertThat(t.cell(t.rows().get(0), "text")).isEqualTo("שלום");
  }

  @Test
  void tableProblemsAreIllegalArgumentsNamingTheFile() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "text,label\nx,y\n");
    assertThatThrownBy(() -> CsvTable.read(f, "text", "frames")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(f + ": line 1: no column 'frames' in the header (header: text, label)");
    Files.writeString(f, "text,frames\n\"unclosed,x\n");
    assertThatThrownBy(() -> CsvTable.read(f, "text")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(f + ": not well-formed CSV");
    Files.writeString(f, "");
    assertThatThrownBy(() -> CsvTable.read(f, "text")).hasMessageContaining("empty file");
  }

  @Test
  void tableParsesDecodedTextInAnyFormat() throws Exception {
    CsvTable t = CsvTable.parse("s.tsv", new StringReader("Target\tTweet\nA\t\"quoted\n"),
        org.apache.commons.csv.CSVFormat.TDF.builder().setQuote(null).get(), "target", "tweet");
    assertThat(t.cell(t.rows().get(0), "Tweet")).isEqualTo("\"quoted");
  }

  @Test
  void recordsAreCheckedWholeBeforeAnyRowIsMappedThenRejectedByLine() throws Exception {
    CsvRecords records = new CsvRecords(',');
    CollectingSink sink = new CollectingSink();
    List<String> mapped = new ArrayList<>();
    assertThatThrownBy(() -> records.read(SourceInput.ofString("cut.csv", "id,text\n1,a\n2,\"b"), sink,
        header -> (row, s) -> mapped.add(row.get(0)))).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("cut.csv: not well-formed CSV");
    assertThat(mapped).isEmpty();

    records.read(SourceInput.ofString("ok.csv", "id,text\n1,a\n2\n\n3,\"x\ny\"\n4,bad\n"), sink, header -> {
      int id = header.require("id");
      return (row, s) -> {
        if (row.get(id).equals("4")) {
          throw RecordRejectedException.field("id", "four");
        }
        mapped.add(row.get(id) + "@" + row.line());
      };
    });
    assertThat(mapped).containsExactly("1@2", "3@5");
    assertThat(sink.rejects).containsExactly("2: line 3: 1 values but the header has 2 columns",
        "4: line 7: field 'id': four");
  }
}
