package dev.chorus.source.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with broken JSON, in words for the analyst, with the line and column: the one place that turns the
 * JSON parser's exceptions (Jackson's messages name its own classes, features and source references) into reasons.
 * Every message says what was expected and what was found; none names a parser class, feature or setting.
 */
public final class JsonProblems {
  private static final Pattern CHAR = Pattern.compile("\\('(.{1,2})' \\(code (\\d+)\\)\\)|\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");

  /** The parser's "was expecting ..." clauses, and what they mean. */
  private static final List<String[]> EXPECTING = List.of(
      new String[] {"double-quote to start field name", "a member name in double quotes"},
      new String[] {"comma to separate Object entries", "a comma or '}' after a member"},
      new String[] {"comma to separate Array entries", "a comma or ']' after a list element"},
      new String[] {"colon to separate field name and value", "a colon after the member name"},
      new String[] {"space separating root-level values", "a line break or space after the value"},
      new String[] {"expected a valid value", "a value (text in double quotes, a number, a list, an object, true, "
          + "false or null)"},
      new String[] {"was expecting (JSON String", "a value (text in double quotes, a number, a list, an object, "
          + "true, false or null)"},
      new String[] {"has to be escaped", "an escaped character inside the text (a control character must be written "
          + "as \\n, \\t or \\u00XX)"},
      new String[] {"only regular white space", "only spaces, tabs or line breaks between values"});

  private JsonProblems() {}

  /** What is wrong, then {@code at line L, column C} when the parser knows where. */
  public static String describe(IOException e) {
    String what = what(e);
    JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
    return at == null || at.getLineNr() < 1 ? what
        : what + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** What is wrong, without the position. */
  public static String what(IOException e) {
    if (e instanceof CharConversionException) {
      return "bytes that fit no text encoding JSON may use (UTF-8, UTF-16, UTF-32)";
    }
    if (!(e instanceof JsonProcessingException j)) {
      return "the text could not be read as JSON";
    }
    String m = j.getOriginalMessage() == null ? "" : j.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return m.contains("nesting depth") ? "values nested deeper than any export nests them (more than 128 levels)"
          : m.contains("String value length") ? "a text value longer than 20 million characters"
          : m.contains("Number value length") ? "a number with more digits than any export writes"
          : "a value larger than any export writes";
    }
    return words(m);
  }

  static String words(String m) {
    if (m.startsWith("Unexpected end-of-input") || m.contains("end-of-input")) {
      return "the JSON value is incomplete: expected more, found the end of the text"
          + (m.contains("VALUE_STRING") || m.contains("String value") ? " inside a quoted value" : "");
    }
    if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-")) {
      return "bytes that are not valid UTF-8 text";
    }
    Matcher close = CLOSE.matcher(m);
    if (close.find()) {
      return "expected '" + close.group(2) + "' to close what is open, found '" + close.group(1) + "'";
    }
    if (m.startsWith("Unexpected close marker")) {
      return "a closing bracket with nothing open to close";
    }
    Matcher token = TOKEN.matcher(m);
    if (token.find()) {
      return "expected a value (text in double quotes, a number, a list, an object, true, false or null), found '"
          + token.group(1) + "'";
    }
    Matcher nonStandard = NON_STANDARD.matcher(m);
    if (nonStandard.find()) {
      return "expected a number, found '" + nonStandard.group(1) + "', which JSON does not allow";
    }
    if (m.contains("Leading zeroes not allowed")) {
      return "expected a number, found one with leading zeros";
    }
    if (m.contains("out of range")) {
      return "a number too large for its field";
    }
    if (m.contains("Unrecognized character escape")) {
      return "expected an escape such as \\n, \\\" or \\u00e9 inside the text, found " + found(m);
    }
    for (String[] clause : EXPECTING) {
      if (m.contains(clause[0])) {
        return "expected " + clause[1] + ", found " + found(m);
      }
    }
    if (m.startsWith("Unexpected character") || m.startsWith("Illegal")) {
      return "unexpected " + found(m);
    }
    return "not valid JSON";
  }

  /** The character the parser names, said so that control characters and quotes read well. */
  private static String found(String m) {
    Matcher c = CHAR.matcher(m);
    if (!c.find()) {
      return "another character";
    }
    int code = Integer.parseInt(c.group(2) != null ? c.group(2) : c.group(3));
    if (code < 0x20 || code == 0x7F) {
      return "the control character " + code + (code == 10 ? " (a line break)" : code == 9 ? " (a tab)" : "");
    }
    return code == '\'' ? "a single quote (JSON quotes text with double quotes)"
        : "the character '" + c.group(1) + "'";
  }
}
