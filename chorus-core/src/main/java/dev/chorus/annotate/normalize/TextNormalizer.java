package dev.chorus.annotate.normalize;

import java.text.Normalizer;

/**
 * Folds text for matching words and names across spelling variants. Steps, in order:
 *
 * <ol>
 *   <li>Unicode NFKC: presentation forms (ﻻ, ﷲ, Hebrew ligatures), full-width letters and the like become plain
 *       letters;
 *   <li>removed: invisible format characters (ZWNJ, ZWJ, direction marks, soft hyphen, BOM), tatweel, Arabic
 *       harakat and Quranic marks, Hebrew niqqud and cantillation — they change neither word nor meaning;
 *   <li>Arabic letters folded to the Persian forms (ي ى → ی, ك → ک), ة and ۀ → ه, alef variants أ إ آ ٱ → ا,
 *       Arabic-Indic and Persian digits → 0–9, Hebrew geresh/gershayim and curly quotes → ' and ";
 *   <li>lower case (code point by code point, so no letter turns into two);
 *   <li>runs of white space → one space, none at either end.
 * </ol>
 *
 * <p>Invariants (tested): idempotent; never throws, whatever the input (unpaired surrogates included); the result has
 * no more code points than the NFKC form of the input. Removing ZWNJ joins the parts of a Persian word
 * (می‌خواهم → میخواهم), which is how writers who omit it spell it too. Immutable and thread-safe.
 */
public final class TextNormalizer {
  private static final int ZWNJ = 0x200C;
  private static final int TATWEEL = 0x0640;

  /** Normalised form of {@code text}; "" for null. */
  public String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String once = pass(text);
    // A pass leaves nothing to remove, fold, lower-case or collapse, so the result is final when NFKC keeps it; in rare
    // inputs removing a mark lets NFKC compose letters it had kept apart, and further passes settle that.
    String result = once;
    for (int i = 0; i < 3 && !Normalizer.isNormalized(result, Normalizer.Form.NFKC); i++) {
      result = pass(result);
    }
    return result;
  }

  private static String pass(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (isRemoved(cp)) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(Character.toLowerCase(fold(cp)));
    }
    return out.toString();
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Characters dropped for matching: invisible formatting, tatweel, Arabic and Hebrew marks. */
  static boolean isRemoved(int cp) {
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

  /** Letter and digit variants that spell the same word. */
  static int fold(int cp) {
    return switch (cp) {
      case 0x064A, 0x0649 -> 0x06CC; // ي ى → ی
      case 0x0643 -> 0x06A9; // ك → ک
      case 0x0629, 0x06C0 -> 0x0647; // ة ۀ → ه (not Kurdish ە, a letter of its own)
      case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673 -> 0x0627; // أ إ آ ٱ ٲ ٳ → ا
      case 0x05F3, 0x2018, 0x2019, 0x02BC -> '\''; // ׳ ‘ ’ ʼ
      case 0x05F4, 0x201C, 0x201D -> '"'; // ״ “ ”
      default -> {
        if (cp >= 0x0660 && cp <= 0x0669) {
          yield '0' + (cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
          yield '0' + (cp - 0x06F0);
        }
        yield cp;
      }
    };
  }
}
