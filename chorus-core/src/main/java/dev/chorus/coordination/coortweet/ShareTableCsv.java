package dev.chorus.coordination.coortweet;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CooRTweet's input table: a CSV with a header naming {@code object_id, account_id, content_id,
 * timestamp_share} in any order (extra columns are ignored), timestamps as integer epoch seconds.
 */
public final class ShareTableCsv {
  public static final List<String> COLUMNS = List.of("object_id", "account_id", "content_id", "timestamp_share");

  private ShareTableCsv() {}

  public static ShareTable read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  public static ShareTable read(Reader reader, String name) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    ShareTable.Builder b = ShareTable.builder();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      int[] col = new int[COLUMNS.size()];
      for (int i = 0; i < col.length; i++) {
        Integer c = header == null ? null : header.get(COLUMNS.get(i));
        if (c == null) {
          throw new IllegalArgumentException(name + ": missing column '" + COLUMNS.get(i) + "' (needs "
              + String.join(",", COLUMNS) + "; found " + (header == null ? "no header" : header.keySet()) + ")");
        }
        col[i] = c;
      }
      for (CSVRecord rec : parser) {
        long line = rec.getRecordNumber() + 1;
        b.add(field(rec, col, 0, name, line), field(rec, col, 1, name, line), field(rec, col, 2, name, line),
            epochSeconds(field(rec, col, 3, name, line), name, line));
      }
    }
    return b.build();
  }

  private static String field(CSVRecord rec, int[] col, int which, String name, long line) {
    if (col[which] >= rec.size() || rec.get(col[which]).isEmpty()) {
      throw new IllegalArgumentException(name + ": line " + line + ": field '" + COLUMNS.get(which) + "' is empty");
    }
    return rec.get(col[which]);
  }

  private static long epochSeconds(String value, String name, long line) {
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
      throw new IllegalArgumentException(name + ": line " + line + ": field 'timestamp_share' is '" + value
          + "', not integer epoch seconds");
    }
  }
}
