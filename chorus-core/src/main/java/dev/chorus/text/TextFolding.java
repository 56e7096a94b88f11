package dev.chorus.text;

import java.text.Normalizer;

/**
 * The one set of spelling-folding rules for Persian, Arabic, Hebrew and English: search, the actor gazetteer,
 * classifier features and call patterns all fold with it, so a word written one way in a codebook, a pattern or a
 * query finds it written another way in a post. Steps, in order:
 *
 * <ol>
 *   <li>Unicode NFKC: presentation forms (ﻻ, ﷲ, Hebrew ligatures), full-width letters and the like become plain
 *       letters;
 *   <li>removed: invisible format characters (ZWNJ, ZWJ, direction marks, soft hyphen, BOM), tatweel, Arabic
 *       harakat and Quranic marks, Hebrew niqqud and cantillation — they change neither word nor meaning;
 *   <li>folded (see {@link #fold(int)}): Arabic letters to the Persian forms (ي ى ئ → ی, ك → ک), ؤ → و, ة and ۀ → ه,
 *       alef variants → ا, Arabic-Indic and Persian digits → 0–9, Hebrew geresh/gershayim, guillemets and curly quotes
 *       → ' and ", Hebrew maqaf → space;
 *   <li>{@link #forMatching} only: lower case (code point by code point, so no letter turns into two), runs of white
 *       space → one space, none at either end.
 * </ol>
 *
 * <p>Two variants, built from the same rules: {@link #forMatching} for comparing text, and {@link #lettersOnly}, which
 * keeps case and white space as written, for regular expressions (lower-casing {@code \S} or {@code \P{L}} would change
 * their meaning). Latin letters are only case-folded: é stays é (the search index folds accents itself).
 *
 * <p>Invariants (tested): idempotent; never throws, whatever the input (unpaired surrogates included); the result has
 * no more code points than the NFKC form of the input. Removing ZWNJ joins the parts of a Persian word
 * (می‌خواهم → میخواهم), which is how writers who omit it spell it too. Stateless and thread-safe.
 */
public final class TextFolding {
  private static final int ZWNJ = 0x200C;
  private static final int TATWEEL = 0x0640;
  /** {@link #passChar}'s answers that are no code point: drop it; a white space (runs become one space). */
  private static final int REMOVED = -1;
  private static final int SPACE = -2;

  private TextFolding() {}

  /** The form text is compared in: every step, lower-cased and white space collapsed; "" for null. */
  public static String forMatching(String text) {
    return settle(text, true);
  }

  /**
   * True when {@link #forMatching} leaves {@code text} as it is, by a check that copies nothing (false may still be
   * such a text: it then takes the full path). Lets a token filter skip the copy of most tokens.
   */
  public static boolean isFoldedForMatching(CharSequence text) {
    return isSettled(text, true);
  }

  /** The letter rules alone (NFKC, removals, folds); case and white space kept as written; "" for null. */
  public static String lettersOnly(String text) {
    return settle(text, false);
  }

  private static String settle(String text, boolean matching) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (isSettled(text, matching)) {
      return text;
    }
    return settleSlowly(text, matching);
  }

  /** Every step, whatever the input: what {@link #isSettled} must agree with (tested). */
  static String settleSlowly(String text, boolean matching) {
    // A pass leaves nothing to remove, fold, lower-case or collapse, so the result is final when NFKC keeps it; in rare
    // inputs removing a mark lets NFKC compose letters it had kept apart, and further passes settle that.
    String result = pass(text, matching);
    for (int i = 0; i < 3 && !Normalizer.isNormalized(result, Normalizer.Form.NFKC); i++) {
      result = pass(result, matching);
    }
    return result;
  }

  /**
   * True when no step would change {@code text}: printable ASCII, and Arabic-script and Hebrew letters that have no
   * fold and no decomposition (marks, presentation forms and folded letters take the full path), and for matching no
   * capital and no white space but single spaces between words. Most words and tokens are so; the check (a few
   * comparisons a character) spares them the normalisation and copies, which the search index and the annotators run on every post.
   */
  static boolean isSettled(CharSequence text, boolean matching) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (matching && (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' ')) {
          return false;
        }
      } else if (!isSettledChar(c, matching)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSettledChar(char c, boolean matching) {
    if (c < 0x80) {
      return c > ' ' && c < 0x7F && !(matching && c >= 'A' && c <= 'Z');
    }
    if (c >= 0x05D0 && c <= 0x05EA) { // Hebrew letters (final forms included)
      return true;
    }
    if ((c >= 0x0627 && c <= 0x063A) || (c >= 0x0641 && c <= 0x0648)) { // Arabic letters ...
      return c != 0x0629 && c != 0x0643; // ... but ة and ك, which fold
    }
    return c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06A9 || c == 0x06AF || c == 0x06CC; // پ چ ژ ک گ ی
  }

  private static String pass(String text, boolean matching) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      int c = passChar(cp, matching);
      if (c == REMOVED) {
        continue;
      }
      if (c == SPACE) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  /** What a pass writes for one code point: the code point, {@link #REMOVED}, or {@link #SPACE} (matching only). */
  private static int passChar(int cp, boolean matching) {
    if (cp < 0x80) { // most chars of most posts: nothing to remove or fold, and ASCII case
      if (matching && isAsciiSpace(cp)) {
        return SPACE;
      }
      return matching && cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    }
    if (cp < 0x10000 && isSettledChar((char) cp, matching)) {
      return cp; // most chars of Persian, Arabic and Hebrew posts: letters no step changes (as isSettled knows)
    }
    if (isRemoved(cp)) {
      return REMOVED;
    }
    int folded = fold(cp);
    if (matching && isSpace(folded)) {
      return SPACE;
    }
    return matching ? Character.toLowerCase(folded) : folded;
  }

  /** {@link #isSpace} for ASCII, without the two table look-ups: tab to carriage return, the separators and space. */
  static boolean isAsciiSpace(int cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Characters dropped: invisible formatting, tatweel, Arabic and Hebrew marks. */
  public static boolean isRemoved(int cp) {
    int type = Character.getType(cp);
    if (cp == ZWNJ || cp == TATWEEL || type == Character.FORMAT) {
      return true;
    }
    if (type != Character.NON_SPACING_MARK) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    // Harakat (U+064B–065F), superscript alef and Quranic marks are script ARABIC; a few shared marks are INHERITED
    // but sit in the Arabic block.
    return script == Character.UnicodeScript.ARABIC
        || script == Character.UnicodeScript.HEBREW
        || (cp >= 0x0600 && cp <= 0x06FF)
        || (cp >= 0x0590 && cp <= 0x05FF);
  }

  /** The folded form of one code point: letter, digit and punctuation variants that spell the same word. */
  public static int fold(int cp) {
    return switch (cp) {
      case 0x064A, 0x0649, 0x0626 -> 0x06CC; // ي ى ئ → ی (hamza seats are written either way: رئیس, رییس)
      case 0x0643 -> 0x06A9; // ك → ک
      case 0x0624 -> 0x0648; // ؤ → و (مسؤول, مسئول)
      case 0x0629, 0x06C0 -> 0x0647; // ة ۀ → ه (not Kurdish ە, a letter of its own)
      case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673 -> 0x0627; // أ إ آ ٱ ٲ ٳ → ا
      case 0x05F3, 0x2018, 0x2019, 0x02BC -> '\''; // ׳ ‘ ’ ʼ
      case 0x05F4, 0x201C, 0x201D, 0x00AB, 0x00BB -> '"'; // ״ “ ” « »
      case 0x05BE -> ' '; // Hebrew maqaf joins words as a hyphen would: משא־ומתן is משא ומתן
      default -> foldDigit(cp);
    };
  }

  private static int foldDigit(int cp) {
    if (cp >= 0x0660 && cp <= 0x0669) {
      return '0' + (cp - 0x0660);
    }
    if (cp >= 0x06F0 && cp <= 0x06F9) {
      return '0' + (cp - 0x06F0);
    }
    return cp;
  }
}
