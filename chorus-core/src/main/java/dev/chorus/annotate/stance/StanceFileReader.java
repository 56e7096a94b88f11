package dev.chorus.annotate.stance;

import dev.chorus.source.input.CsvRow;
import dev.chorus.source.input.CsvTable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads labelled stance files. Lines are decoded one by one, as UTF-8 when valid and as Windows-1252 otherwise,
 * because the SemEval files mix both; a byte-order mark and CRLF line ends are dropped. Records whose stance cell is
 * empty are skipped and counted; any other stance value is an error naming file, line and field.
 */
public final class StanceFileReader {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private StanceFileReader() {}

  public static StanceDataset read(Path file, StanceFormat format) throws IOException {
    String text = decode(Files.readAllBytes(file));
    return switch (format) {
      case SEMEVAL -> table(file, text, CSVFormat.TDF.builder().setQuote(null).get(), "Target", "Tweet", "Stance");
      case MAWQIF -> table(file, text, CSVFormat.RFC4180, "target", "text", "stance");
      case CSV -> table(file, text, CSVFormat.RFC4180, "target", "text", "stance");
    };
  }

  /** Several files of one format as one dataset (named after the first file). */
  public static StanceDataset readAll(List<Path> files, StanceFormat format) throws IOException {
    List<StanceExample> all = new ArrayList<>();
    int skipped = 0;
    for (Path f : files) {
      StanceDataset d = read(f, format);
      all.addAll(d.examples());
      skipped += d.skipped();
    }
    return new StanceDataset(files.get(0), all, skipped);
  }

  private static StanceDataset table(Path file, String text, CSVFormat format, String targetCol, String textCol,
      String stanceCol) throws IOException {
    CsvTable t = CsvTable.parse(file.toString(), new StringReader(text), format.builder().setIgnoreEmptyLines(true)
        .setTrim(false).get(), targetCol, textCol, stanceCol);
    List<StanceExample> out = new ArrayList<>();
    int skipped = 0;
    for (CsvRow row : t.rows()) {
      String stanceCell = t.cell(row, stanceCol);
      if (stanceCell.isBlank()) {
        skipped++;
        continue;
      }
      String stance = StanceLabels.parse(stanceCell);
      if (stance == null) {
        throw new IllegalArgumentException(file + ": line " + row.line() + ": field '" + stanceCol + "': '"
            + stanceCell + "' is not favor, against or none");
      }
      String target = t.cell(row, targetCol).strip();
      if (target.isEmpty()) {
        throw new IllegalArgumentException(file + ": line " + row.line() + ": field '" + targetCol + "' is empty");
      }
      out.add(new StanceExample(row.line(), stripSemSt(t.cell(row, textCol)), target, stance));
    }
    return new StanceDataset(file, out, skipped);
  }

  /** SemEval added {@code #SemST} to every tweet; it says nothing about the tweet. */
  static String stripSemSt(String text) {
    return text.replaceAll("\\s*#SemST\\b", "").strip();
  }

  /** Line-by-line UTF-8 with a Windows-1252 fallback; no BOM, LF line ends. */
  static String decode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
        ? 3 : 0;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        out.append(decodeLine(ByteBuffer.wrap(bytes, start, end - start)));
        if (i < bytes.length) {
          out.append('\n');
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  private static String decodeLine(ByteBuffer line) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(line.duplicate()).toString();
    } catch (CharacterCodingException e) {
      // Charset.decode replaces bytes that Windows-1252 leaves undefined instead of failing
      return CP1252.decode(line.duplicate()).toString();
    }
  }
}
