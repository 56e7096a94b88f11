package dev.chorus.analysis.coordination.textsimilarity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text two posts are compared on when looking for copypasta: lower-cased, links and @mentions removed (they are
 * what copy-pasters change, and links are their own kind of object), whitespace collapsed. Stateless.
 */
public final class CopypastaText {
  private static final Pattern MENTIONS = Pattern.compile("@[\\p{L}\\p{N}_.]+");

  private CopypastaText() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    // The patterns only run where they can match (most posts have no link or mention): every text without "://",
    // "www." (any case) and '@' is left as they would leave it. This runs for every post stored.
    String s = mayHoldLink(text) ? withoutLinks(text) : text;
    s = s.indexOf('@') >= 0 ? MENTIONS.matcher(s).replaceAll(" ") : s;
    return collapseSpace(s.toLowerCase(Locale.ROOT)).strip();
  }

  /**
   * What the links pattern {@code (?:https?://|www\.)\S+} (CASE_INSENSITIVE) replaced by a space gives, by a scan
   * instead of the regular expression (a third of the cost of a post's share fields when it has a link): from left
   * to right, each {@code http://}, {@code https://} or {@code www.} (ASCII letters in any case, as CASE_INSENSITIVE
   * without UNICODE_CASE reads them) followed by at least one non-space character, up to the next space, becomes
   * one space. {@code CopypastaTextTest} holds it to the pattern.
   */
  static String withoutLinks(String text) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int prefixEnd = linkPrefixEnd(text, i);
      if (prefixEnd < 0 || prefixEnd >= n || isSpace(text.charAt(prefixEnd))) {
        continue;
      }
      int end = prefixEnd + 1;
      while (end < n && !isSpace(text.charAt(end))) {
        end++;
      }
      out = out == null ? new StringBuilder(n) : out;
      out.append(text, copied, i).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /** Where {@code https?://} or {@code www\.} starting at {@code i} ends, or -1. */
  private static int linkPrefixEnd(String t, int i) {
    if (isLetter(t, i, 'w')) {
      return isLetter(t, i + 1, 'w') && isLetter(t, i + 2, 'w') && is(t, i + 3, '.') ? i + 4 : -1;
    }
    if (!(isLetter(t, i, 'h') && isLetter(t, i + 1, 't') && isLetter(t, i + 2, 't') && isLetter(t, i + 3, 'p'))) {
      return -1;
    }
    int colon = isLetter(t, i + 4, 's') ? i + 5 : i + 4;
    return is(t, colon, ':') && is(t, colon + 1, '/') && is(t, colon + 2, '/') ? colon + 3 : -1;
  }

  /** The ASCII letter {@code lower} in either case at {@code i} ({@code c | 0x20} is it only for those two). */
  private static boolean isLetter(String t, int i, char lower) {
    return i < t.length() && (t.charAt(i) | 0x20) == lower;
  }

  private static boolean is(String t, int i, char c) {
    return i < t.length() && t.charAt(i) == c;
  }

  /** False only when the links pattern ({@link #withoutLinks}) cannot match: it needs {@code ://} or {@code www.} (ASCII letters, any case). */
  private static boolean mayHoldLink(String text) {
    if (text.contains("://")) {
      return true;
    }
    for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      if (isW(text.charAt(dot - 1)) && isW(text.charAt(dot - 2)) && isW(text.charAt(dot - 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isW(char c) {
    return c == 'w' || c == 'W';
  }

  /** What {@code \s+ → " "} gives ({@code \s}: space, \t, \n, \u000B, \f, \r), without a regular expression. */
  static String collapseSpace(String s) {
    int i = 0;
    while (i < s.length() && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < s.length()
        && isSpace(s.charAt(i + 1))))) {
      i++;
    }
    if (i == s.length()) {
      return s; // nothing but single plain spaces: unchanged
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (isSpace(c)) {
        out.append(' ');
        while (i < s.length() && isSpace(s.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
