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
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private CopypastaText() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = LINKS.matcher(text).replaceAll(" ");
    s = MENTIONS.matcher(s).replaceAll(" ");
    s = SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return s.strip();
  }
}
