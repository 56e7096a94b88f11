package dev.chorus.annotate.calls;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text form call patterns are matched on. {@link #fold} is applied to patterns and text alike, so a pattern
 * written in ordinary spelling matches whatever spelling variant a writer or an earlier normaliser produced: Arabic
 * yeh, alef maksura and kaf become Persian ی and ک, teh marbuta becomes ه, hamza-carrying alefs become ا, ZWNJ,
 * tatweel, Arabic tashkeel and Hebrew niqqud are removed, curly quotes and gershayim become straight quotes.
 */
final class CallText {
  private CallText() {}

  /**
   * Text to match: folded, lower case, underscores made spaces (hashtags such as {@code #نه_به_مذاکره} then read as
   * the phrase), runs of white space made one space.
   */
  static String normalize(String text) {
    return fold(text).toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
  }

  /** The letter folding, without lower-casing (so that a pattern's {@code \S} or {@code \p{L}} stays intact). */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (dropped(c)) {
        continue;
      }
      b.append(folded(c));
    }
    return b.toString();
  }

  private static boolean dropped(char c) {
    return c == '\u200c' || c == '\u200d' || c == '\u200e' || c == '\u200f' || c == '\u0640'
        || (c >= '\u064b' && c <= '\u065f') || c == '\u0670'
        || (c >= '\u0591' && c <= '\u05bd') || c == '\u05bf' || c == '\u05c1' || c == '\u05c2' || c == '\u05c4'
        || c == '\u05c5' || c == '\u05c7';
  }

  private static char folded(char c) {
    return switch (c) {
      case '\u064a', '\u0649', '\u0626' -> '\u06cc'; // ي ى ئ -> ی
      case '\u0643' -> '\u06a9'; // ك -> ک
      case '\u0629', '\u06c0' -> '\u0647'; // ة ۀ -> ه
      case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627'; // أ إ آ ٱ -> ا
      case '\u0624' -> '\u0648'; // ؤ -> و
      case '\u05be' -> ' '; // maqaf
      case '\u05f4', '\u201c', '\u201d', '\u00ab', '\u00bb' -> '"';
      case '\u05f3', '\u2018', '\u2019' -> '\'';
      default -> c;
    };
  }
}
