package dev.chorus.source.input;

import java.util.List;

/**
 * One data row of a CSV file.
 *
 * @param number its 1-based number among the data rows (the record number of a CSV source)
 * @param line the 1-based file line it starts on (quoted values may span lines), for messages
 * @param lastLine the 1-based file line it ends on
 * @param values its values as read
 * @param header the file's header, for access by column name (null for the header row itself)
 */
public record CsvRow(long number, long line, long lastLine, List<String> values, CsvHeader header) {
  /** The value at {@code index}, or null when the index is -1 (an absent optional column) or past the row's end. */
  public String get(int index) {
    return index < 0 || index >= values.size() ? null : values.get(index);
  }

  /** The value in a column, matched as {@link CsvHeader#indexOf} does; null when there is none. */
  public String get(String column) {
    return header == null ? null : get(header.indexOf(column));
  }
}
