package dev.chorus.source.csv;

import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * Streams the data rows of a CSV file with a header row (RFC 4180 quoting, multi-line quoted fields, optional UTF-8
 * byte-order mark, blank lines skipped) using Apache Commons CSV. The file is parsed twice: once to check that it is
 * well-formed CSV, so that a truncated file (an unclosed quote) is refused before anything is emitted, then to map.
 * Rows are numbered from 1 (the first data row); reject reasons name the row's first line. Immutable.
 */
public final class CsvRows {
  /**
   * Longest record accepted (give or take the parser's read-ahead buffer); an unclosed quote near the start of a large
   * file would otherwise fill the memory.
   */
  public static final int MAX_RECORD_CHARS = 20_000_000;

  /** The header row of one file. */
  public record Header(String fileName, List<String> names) {
    public Header {
      names = names.stream().map(String::strip).toList();
    }

    /** Index of a column, matched without regard to case; refuses a missing or ambiguous column, listing the header. */
    public int require(String column) throws UnreadableInputException {
      int found = -1;
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).toLowerCase(Locale.ROOT).equals(column.strip().toLowerCase(Locale.ROOT))) {
          if (found >= 0) {
            throw new UnreadableInputException(fileName + ": column '" + column + "' appears twice in the header ("
                + this + ")");
          }
          found = i;
        }
      }
      if (found < 0) {
        throw new UnreadableInputException(fileName + ": no column '" + column + "' in the header (" + this
            + "); map the field to another column with column.<field>=<header name>");
      }
      return found;
    }

    /** Index of a column, or -1. */
    public int indexOf(String column) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(column.strip())) {
          return i;
        }
      }
      return -1;
    }

    public boolean has(String column) {
      return indexOf(column) >= 0;
    }

    @Override
    public String toString() {
      return "header: " + String.join(", ", names);
    }
  }

  /** One data row: its 1-based number among the data rows, the file line it starts on, and its values. */
  public record Row(long number, long line, List<String> values) {
    /** The value at {@code index}, or null when the index is -1 (an unmapped optional column). */
    public String get(int index) {
      return index < 0 || index >= values.size() ? null : values.get(index);
    }
  }

  /** Maps a row; throws {@link RecordRejectedException} when the row cannot become a post. */
  @FunctionalInterface
  public interface RowMapper {
    void map(Row row, RecordSink sink);
  }

  /** Prepares a row mapper for a file's header, refusing headers that lack required columns. */
  @FunctionalInterface
  public interface MapperFactory {
    RowMapper forHeader(Header header) throws UnreadableInputException;
  }

  private final CSVFormat format;
  private final char delimiter;

  public CsvRows(char delimiter) {
    this.delimiter = delimiter;
    this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
  }

  public void read(SourceInput input, RecordSink sink, MapperFactory factory) throws IOException,
      UnreadableInputException {
    RowMapper mapper;
    try (CsvCursor cursor = new CsvCursor(input, format)) {
      mapper = factory.forHeader(cursor.header());
      while (cursor.next() != null) {
        // first pass: only check that the whole file parses
      }
    }
    try (CsvCursor cursor = new CsvCursor(input, format)) {
      int columns = cursor.header().names().size();
      for (Row row = cursor.next(); row != null; row = cursor.next()) {
        mapRow(row, columns, sink, mapper);
      }
    }
  }

  private void mapRow(Row row, int columns, RecordSink sink, RowMapper mapper) {
    String where = "line " + row.line() + ": ";
    String raw = JsonInput.excerpt(String.join(String.valueOf(delimiter), row.values()));
    if (row.values().size() != columns) {
      sink.reject(row.number(), where + row.values().size() + " values but the header has " + columns
          + " columns", raw);
      return;
    }
    try {
      mapper.map(row, sink);
    } catch (RecordRejectedException e) {
      sink.reject(row.number(), where + e.getMessage(), raw);
    } catch (RuntimeException e) {
      sink.reject(row.number(), where + "cannot map record: " + e, raw);
    }
  }
}
