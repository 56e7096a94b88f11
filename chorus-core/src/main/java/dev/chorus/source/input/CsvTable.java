package dev.chorus.source.input;

import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;

/**
 * A CSV file with a header row read into memory, for labelled files (training, evaluation and coding sheets are small):
 * decoded by {@link TextEncodings}, blank lines skipped, columns matched as {@link CsvHeader} does, each row with the
 * line it starts on for messages. Problems are {@link IllegalArgumentException}s naming the file and line, as the
 * commands that read these files report them.
 *
 * @param header the header row
 * @param rows the data rows
 */
public record CsvTable(CsvHeader header, List<CsvRow> rows) {
  /** RFC 4180 (comma, double quotes) with blank lines skipped: what spreadsheets and Chorus's own sheets write. */
  public static final CSVFormat RFC4180 = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  public CsvTable {
    rows = List.copyOf(rows);
  }

  /** Reads an RFC 4180 file that must have the {@code required} columns. */
  public static CsvTable read(Path file, String... required) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.toString(), TextEncodings.reader(in), RFC4180, required);
    }
  }

  /** Reads text already decoded (no byte-order mark) in {@code format}; the header is its first non-blank record. */
  public static CsvTable parse(String name, Reader text, CSVFormat format, String... required) throws IOException {
    List<CsvRow> rows = new ArrayList<>();
    CsvHeader header = forEachRow(name, text, format, List.of(required), rows::add);
    return new CsvTable(header, rows);
  }

  /**
   * As {@link #parse}, but hands the rows over one by one instead of holding them (tables that go straight into
   * another structure); returns the header.
   */
  public static CsvHeader forEachRow(String name, Reader text, CSVFormat format, List<String> required,
      Consumer<CsvRow> rows) throws IOException {
    try (CsvCursor cursor = new CsvCursor(name, text, format)) {
      cursor.header().requireAll(required);
      for (CsvRow row = cursor.next(); row != null; row = cursor.next()) {
        rows.accept(row);
      }
      return cursor.header();
    } catch (UnreadableInputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The cell of a column, "" when the column or the cell is absent. */
  public String cell(CsvRow row, String column) {
    String v = row.get(column);
    return v == null ? "" : v;
  }

  public boolean has(String column) {
    return header.has(column);
  }
}
