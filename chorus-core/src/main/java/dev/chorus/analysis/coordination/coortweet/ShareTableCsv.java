package dev.chorus.analysis.coordination.coortweet;

import dev.chorus.source.input.CsvRow;
import dev.chorus.source.input.CsvTable;
import dev.chorus.source.input.TextEncodings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads CooRTweet's input table: a CSV with a header naming {@code object_id, account_id, content_id,
 * timestamp_share} in any order (extra columns are ignored), timestamps as integer epoch seconds.
 */
public final class ShareTableCsv {
  public static final List<String> COLUMNS = List.of("object_id", "account_id", "content_id", "timestamp_share");
  /** Values trimmed: R's write.csv pads nothing, but hand-made tables often do. */
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

  private ShareTableCsv() {}

  public static ShareTable read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    try (Reader r = TextEncodings.reader(Files.newInputStream(file))) {
      return read(r, file.toString());
    }
  }

  public static ShareTable read(Reader reader, String name) throws IOException {
    ShareTable.Builder b = ShareTable.builder();
    CsvTable.forEachRow(name, reader, FORMAT, COLUMNS, row -> {
      String where = name + ": line " + row.line() + ": field '";
      b.add(field(row, 0, where), field(row, 1, where), field(row, 2, where),
          epochSeconds(field(row, 3, where), where));
    });
    return b.build();
  }

  private static String field(CsvRow row, int which, String where) {
    String v = row.get(COLUMNS.get(which));
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException(where + COLUMNS.get(which) + "' is empty");
    }
    return v;
  }

  private static long epochSeconds(String value, String where) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      try {
        double d = Double.parseDouble(value);
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
          return (long) d; // R writes integer-valued doubles such as 1.623881091e+09
        }
      } catch (NumberFormatException ignored) {
        // fall through to the message below
      }
      throw new IllegalArgumentException(where + "timestamp_share' is '" + value + "', not integer epoch seconds");
    }
  }
}
