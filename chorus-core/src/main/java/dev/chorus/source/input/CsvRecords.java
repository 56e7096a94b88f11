package dev.chorus.source.input;

import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;

/**
 * Streams the data rows of a CSV source file with a header row (RFC 4180 quoting, multi-line quoted fields, any
 * byte-order mark, blank lines skipped) using Apache Commons CSV. The file is parsed twice: once to check that it is
 * well-formed CSV, so that a truncated file (an unclosed quote) is refused before anything is emitted, then to map.
 * Rows are numbered from 1 (the first data row); reject reasons name the row's first line. Rows with undecodable
 * bytes are reported ({@link RecordSink#undecodableBytes}) and kept. Immutable.
 */
public final class CsvRecords {
  /**
   * Longest record accepted (give or take the parser's read-ahead buffer); an unclosed quote near the start of a large
   * file would otherwise fill the memory.
   */
  /** The default record-size limit ({@link InputLimits}); {@code CHORUS_MAX_RECORD_MB} raises it. */
  public static final int MAX_RECORD_CHARS = (int) InputLimits.DEFAULT.maxRecordChars();

  /** Maps a row; throws {@link RecordRejectedException} when the row cannot become a post. */
  @FunctionalInterface
  public interface RowMapper {
    void map(CsvRow row, RecordSink sink);
  }

  /** Prepares a row mapper for a file's header, refusing headers that lack required columns. */
  @FunctionalInterface
  public interface MapperFactory {
    RowMapper forHeader(CsvHeader header) throws UnreadableInputException;
  }

  private final CSVFormat format;
  private final char delimiter;

  public CsvRecords(char delimiter) {
    this.delimiter = delimiter;
    this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
  }

  public void read(SourceInput input, RecordSink sink, MapperFactory factory) throws IOException,
      UnreadableInputException {
    RowMapper mapper;
    try (CsvCursor cursor = new CsvCursor(input.name(), input.openText(), format)) {
      mapper = factory.forHeader(cursor.header());
      while (cursor.next() != null) {
        // first pass: only check that the whole file parses
      }
    }
    try (DecodedText text = input.openText(); CsvCursor cursor = new CsvCursor(input.name(), text, format)) {
      int columns = cursor.header().names().size();
      for (CsvRow row = cursor.next(); row != null; row = cursor.next()) {
        if (text.replacedWithin(row.line(), row.lastLine())) {
          sink.undecodableBytes(row.number(), row.line());
        }
        mapRow(row, columns, sink, mapper);
      }
    }
  }

  private void mapRow(CsvRow row, int columns, RecordSink sink, RowMapper mapper) {
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
    } catch (java.io.UncheckedIOException e) {
      throw e; // the sink could not write (the store, the rejects file): not the record's fault
    } catch (RuntimeException e) {
      sink.reject(row.number(), where + JsonInput.UNEXPECTED_LAYOUT, raw);
    }
  }
}
