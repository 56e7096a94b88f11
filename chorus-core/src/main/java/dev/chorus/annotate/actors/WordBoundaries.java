package dev.chorus.annotate.actors;

/** Where words start and end in normalised text of any script. */
final class WordBoundaries {
  private WordBoundaries() {}

  /**
   * The letters attached before {@code start} in the same word ("" at a word start), or null when more letters than
   * any prefix rule allows stand there: the alias is then inside another word.
   */
  static String prefixBefore(String text, int start) {
    int i = start;
    while (i > 0 && isWordChar(text.codePointBefore(i))) {
      i -= Character.charCount(text.codePointBefore(i));
      if (start - i > PrefixRule.MAX_LENGTH) {
        return null;
      }
    }
    return text.substring(i, start);
  }

  /** True when no letter, digit or mark follows {@code end}: suffixes make another word (Omani is not Oman). */
  static boolean endsWord(String text, int end) {
    return end >= text.length() || !isWordChar(text.codePointAt(end));
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
