package dev.chorus.source.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is wrong with broken CSV, in words: the CSV parser's messages speak of its own "encapsulated tokens". */
final class CsvProblems {
  private static final Pattern LINE = Pattern.compile("(?:at line: (\\d+)|\\(startline (\\d+)\\)|\\(line (\\d+)\\))");

  private CsvProblems() {}

  static String describe(String message) {
    String m = message == null ? "" : message;
    Matcher line = LINE.matcher(m);
    String at = line.find() ? " (line " + firstNonNull(line.group(1), line.group(2), line.group(3)) + ")" : "";
    if (m.contains("EOF reached before encapsulated token finished")) {
      return "a quoted value is never closed: expected a closing double quote, found the end of the file" + at;
    }
    if (m.contains("Invalid character between encapsulated token and delimiter")) {
      return "expected the delimiter or a line break after a closing double quote, found another character" + at
          + "; a double quote inside a quoted value is written twice (\"\")";
    }
    if (m.contains("longer than")) {
      return m; // our own words (a record longer than the limit)
    }
    return "the rows could not be split into values" + at;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return "?";
  }
}
