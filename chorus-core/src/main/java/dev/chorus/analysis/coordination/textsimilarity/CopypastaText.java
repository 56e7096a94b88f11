package dev.chorus.analysis.coordination.textsimilarity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text two posts are compared on when looking for copypasta: lower-cased, links and @mentions removed (they are
 * what copy-pasters change, and links are their own kind of object), whitespace collapsed. Stateless.
 */
public final class CopypastaText {
  private static final Pattern LINKS = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
  private static final Pattern MENTIONS = Pattern.compile("@[\\p{L}\\p{N}_.]+");

  private CopypastaText() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    // The patterns only run where they can match (most posts have no link or mention): every text without "://",
    // "www." (any case) and '@' is left as they would leave it. This runs for every post stored.
    String s = mayHoldLink(text) ? LINKS.matcher(text).replaceAll(" ") : text;
    s = s.indexOf('@') >= 0 ? MENTIONS.matcher(s).replaceAll(" ") : s;
    return collapseSpace(s.toLowerCase(Locale.ROOT)).strip();
  }

  /** False only when {@link #LINKS} cannot match: it needs {@code ://} or {@code www.} (ASCII letters, any case). */
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
