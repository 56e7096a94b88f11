package dev.chorus.source.input;

import dev.chorus.source.UnreadableInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The header row of a CSV file. Columns are matched without regard to case or surrounding spaces; a missing required
 * column is refused naming the file, the header's line, the column and the columns found.
 *
 * @param fileName the file, for messages
 * @param line the 1-based line the header is on
 * @param names the column names as written (stripped)
 */
public record CsvHeader(String fileName, long line, List<String> names) {
  public CsvHeader {
    names = names.stream().map(String::strip).toList();
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

  /** Index of a column that must be there exactly once. */
  public int require(String column) throws UnreadableInputException {
    return require(column, "");
  }

  /** As {@link #require(String)}; {@code hint} (e.g. how to map another column) ends the message. */
  public int require(String column, String hint) throws UnreadableInputException {
    int found = indexOf(column);
    if (found < 0) {
      throw new UnreadableInputException(where() + "no column '" + column + "' in the header (" + this + ")"
          + (hint.isEmpty() ? "" : "; " + hint));
    }
    for (int i = found + 1; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(column.strip())) {
        throw new UnreadableInputException(where() + "column '" + column + "' appears twice in the header (" + this
            + ")");
      }
    }
    return found;
  }

  /** Checks that every column in {@code columns} is there exactly once; a refusal names every missing column. */
  public void requireAll(List<String> columns) throws UnreadableInputException {
    List<String> missing = columns.stream().filter(c -> !has(c)).map(c -> "'" + c + "'").toList();
    if (missing.size() > 1) {
      throw new UnreadableInputException(where() + "no columns " + String.join(", ", missing) + " in the header ("
          + this + ")");
    }
    for (String c : columns) {
      require(c);
    }
  }

  private String where() {
    return fileName + ": line " + line + ": ";
  }

  @Override
  public String toString() {
    return "header: " + String.join(", ", names);
  }

  /**
   * A quick guess at a header from a sniffed first line, for format detection: split on {@code delimiter}, quotes
   * and case removed. Quoted delimiters are not honoured; detection only looks for known column names.
   */
  public static List<String> guess(String firstLine, char delimiter) {
    return Arrays.stream(firstLine.split(Pattern.quote(String.valueOf(delimiter))))
        .map(s -> s.strip().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
  }

  /** As {@link #guess(String, char)} with whichever of ',', ';' and tab occurs most (',' on a tie). */
  public static List<String> guess(String firstLine) {
    char best = ',';
    long bestCount = -1;
    for (char c : new char[] {',', ';', '\t'}) {
      long n = firstLine.chars().filter(ch -> ch == c).count();
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return guess(firstLine, best);
  }
}
