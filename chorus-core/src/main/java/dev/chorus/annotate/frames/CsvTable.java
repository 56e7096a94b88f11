package dev.chorus.annotate.frames;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header read into memory (labelled files are small): UTF-8, byte-order mark dropped, header names
 * matched case-insensitively, each record with its line number for messages. Malformed quoting is an error naming
 * the file.
 *
 * @param file where it came from
 * @param columns lower-cased column name → index
 * @param records the records after the header
 */
public record CsvTable(Path file, Map<String, Integer> columns, List<CSVRecord> records) {
  public static CsvTable read(Path file, String... required) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (Reader r = new StringReader(text);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder().setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()).get()) {
      Map<String, Integer> columns = new TreeMap<>();
      p.getHeaderMap().forEach((k, v) -> columns.put(k.strip().toLowerCase(Locale.ROOT), v));
      for (String c : required) {
        if (!columns.containsKey(c)) {
          throw new IllegalArgumentException(file + ": line 1: column '" + c + "' is missing (header: "
              + p.getHeaderNames() + ")");
        }
      }
      return new CsvTable(file, columns, new ArrayList<>(p.getRecords()));
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(file + ": malformed CSV: " + e.getMessage(), e);
    }
  }

  /** The 1-based line of a record (header is line 1; right for records without embedded line breaks). */
  public static long line(CSVRecord rec) {
    return rec.getRecordNumber() + 1;
  }

  /** The cell of a column, "" when the column or the cell is absent. */
  public String cell(CSVRecord rec, String column) {
    Integer i = columns.get(column);
    return i == null || i >= rec.size() ? "" : rec.get(i);
  }

  public boolean has(String column) {
    return columns.containsKey(column);
  }
}
