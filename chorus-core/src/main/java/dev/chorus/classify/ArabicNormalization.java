package dev.chorus.classify;

/**
 * Folds the spelling variation of informal Arabic that carries no meaning for a classifier: alef forms (أ إ آ ٱ → ا),
 * teh marbuta (ة → ه), alef maksura (ى → ي), hamza on waw/yeh (ؤ → و, ئ → ي), diacritics (harakat, shadda, sukun,
 * superscript alef) and tatweel. Writers mix these freely, so without folding one word becomes several features.
 */
public final class ArabicNormalization {
  private ArabicNormalization() {}

  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDiacriticOrTatweel(c)) {
        continue;
      }
      out.append(fold(c));
    }
    return out.toString();
  }

  static boolean isDiacriticOrTatweel(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED');
  }

  static char fold(char c) {
    return switch (c) {
      case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
      case '\u0629' -> '\u0647';
      case '\u0649' -> '\u064A';
      case '\u0624' -> '\u0648';
      case '\u0626' -> '\u064A';
      default -> c;
    };
  }
}
