package dev.chorus.source.input;

import dev.chorus.source.UnreadableInputException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One pass over a CSV file: reads the header, then hands out rows with their start line. Turns CSV syntax errors and
 * over-long records ({@link CsvRecords#MAX_RECORD_CHARS}) into {@link UnreadableInputException}.
 */
final class CsvCursor implements AutoCloseable {
  private final String name;
  private final GuardedReader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final CsvHeader header;
  private CSVRecord pending;
  private long pendingEndLine;

  /** Reads the header row of {@code text} (already decoded, without a byte-order mark: {@link TextEncodings}). */
  CsvCursor(String name, Reader text, CSVFormat format) throws IOException, UnreadableInputException {
    this.name = name;
    reader = new GuardedReader(text);
    parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    records = parser.iterator();
    advance();
    CsvRow first = next();
    if (first == null) {
      close();
      throw new UnreadableInputException(name + ": empty file, expected a CSV header row");
    }
    header = new CsvHeader(name, first.line(), first.values());
  }

  CsvHeader header() {
    return header;
  }

  /** The next data row, or null at the end. */
  CsvRow next() throws IOException, UnreadableInputException {
    CSVRecord current = pending;
    if (current == null) {
      return null;
    }
    long endLine = pendingEndLine;
    advance();
    // The parser counts the line breaks read; the last row of a file without a final line break ends on one more.
    if (pending == null && !reader.endedWithLineBreak()) {
      endLine++;
    }
    long startLine = endLine - lineBreaksIn(current);
    return new CsvRow(current.getRecordNumber() - 1, startLine, endLine, current.toList(), header);
  }

  private void advance() throws IOException, UnreadableInputException {
    reader.startRecord();
    try {
      if (records.hasNext()) {
        pending = records.next();
        pendingEndLine = parser.getCurrentLineNumber();
      } else {
        pending = null;
      }
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof RecordTooLongException) {
        close();
        throw new UnreadableInputException(name + ": the record after line " + parser.getCurrentLineNumber()
            + " is longer than " + InputLimits.current().recordLimitInWords() + " (or a quote is never closed)", e);
      }
      if (e.getCause() instanceof CSVException) {
        close();
        throw new UnreadableInputException(name + ": not well-formed CSV ("
            + CsvProblems.describe(e.getCause().getMessage()) + ")", e);
      }
      throw e.getCause();
    } catch (IllegalStateException e) {
      close();
      throw new UnreadableInputException(name + ": not well-formed CSV (" + CsvProblems.describe(e.getMessage())
          + ")", e);
    }
  }

  private static long lineBreaksIn(CSVRecord record) {
    long n = 0;
    for (String value : record) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
          n++;
        }
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLongException() {
      super("a record is longer than " + CsvRecords.MAX_RECORD_CHARS + " characters; an unclosed quote?");
    }
  }

  /** Counts the characters read since the current record started and remembers the last one. */
  private static final class GuardedReader extends FilterReader {
    private final long maxRecordChars = InputLimits.current().maxRecordChars();
    private long sinceRecordStart;
    private int last = -1;

    GuardedReader(Reader in) {
      super(in);
    }

    void startRecord() {
      sinceRecordStart = 0;
    }

    boolean endedWithLineBreak() {
      return last == '\n' || last == '\r';
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count(1, c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n, buf[off + n - 1]);
      }
      return n;
    }

    private void count(int n, int lastChar) throws RecordTooLongException {
      last = lastChar;
      sinceRecordStart += n;
      if (sinceRecordStart > maxRecordChars) {
        throw new RecordTooLongException();
      }
    }
  }
}
