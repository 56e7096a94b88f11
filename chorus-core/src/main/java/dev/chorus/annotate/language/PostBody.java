package dev.chorus.annotate.language;

/**
 * The part of a post that tells its language: the words of its body, without URLs, @mentions, #hashtags, e-mail
 * addresses, dataset placeholders, emoji, digits and punctuation; and, apart, the words of its hashtags (split on
 * {@code _}), which speak for the language only weakly (campaign tags are often English on posts in any language).
 *
 * @param body letters, combining marks, apostrophes and ZWNJ of the body, words separated by one space
 * @param hashtagWords the words of the hashtags, separated by one space
 */
record PostBody(String body, String hashtagWords) {
  private static final char ZWNJ = '\u200C';

  /** Splits a post's text; never fails, whatever the input. */
  static PostBody of(String text) {
    StringBuilder body = new StringBuilder(text.length());
    StringBuilder tags = new StringBuilder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = tokenEnd(text, i);
      if (end == i) {
        i++;
        continue;
      }
      // tokens are read in place, text[i, end), not copied out: this runs on every post
      if (text.charAt(i) == '#') {
        appendWords(tags, text, i + 1, end);
      } else if (!isNoise(text, i, end)) {
        appendWords(body, text, i, end);
      }
      i = end;
    }
    return new PostBody(withoutLastSpace(body), withoutLastSpace(tags));
  }

  /**
   * What {@code strip()} makes of the words appended: they never start with a space and end with at most one, and
   * nothing else in them is white space (letters, marks, apostrophes, ZWNJ); without the copy {@code strip()} makes.
   */
  private static String withoutLastSpace(StringBuilder words) {
    if (words.length() > 0 && words.charAt(words.length() - 1) == ' ') {
      words.setLength(words.length() - 1);
    }
    return words.toString();
  }

  /** End of the whitespace-free token starting at {@code start} (0 chars when it starts with whitespace). */
  private static int tokenEnd(String text, int start) {
    int i = start;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Tokens that are no words of any language: handles, links, addresses and the placeholders of datasets. */
  private static boolean isNoise(String text, int start, int end) {
    char first = text.charAt(start);
    if (first == '@' || first == '＠' || end - start >= 4 && text.startsWith("www.", start)) {
      return true;
    }
    // one pass for what a link or an address holds: "://", "@", and example.com/path (a dot followed by a letter,
    // then a slash: bit.ly/x)
    int dot = -1;
    int slash = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '@' || c == ':' && i + 3 <= end && text.startsWith("//", i + 1)) {
        return true;
      }
      dot = c == '.' && dot < 0 ? i : dot;
      slash = c == '/' && slash < 0 ? i : slash;
    }
    if (dot > start && slash > dot + 1 && Character.isLetter(text.charAt(dot + 1)) && first < 128) {
      return true;
    }
    return is(text, start, end, "RT") || is(text, start, end, "URL") || is(text, start, end, "MENTION")
        || is(text, start, end, "USER") || is(text, start, end, "HTTPURL");
  }

  /** True when text[start, end) is {@code word}. */
  private static boolean is(String text, int start, int end, String word) {
    return end - start == word.length() && text.startsWith(word, start);
  }

  /**
   * Appends the letters of text[from, end); anything else (digits, emoji, punctuation, _) splits words. A token ends
   * before white space, so a surrogate pair never straddles {@code end}.
   */
  private static void appendWords(StringBuilder out, String text, int from, int end) {
    boolean inWord = false;
    for (int i = from; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordChar(cp)) {
        if (!inWord && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        out.appendCodePoint(cp);
        inWord = true;
      } else {
        inWord = false;
      }
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  /** Letters, apostrophes, ZWNJ and combining marks; ASCII (most chars of most posts) without the Unicode tables. */
  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '\'';
    }
    return Character.isLetter(cp) || cp == ZWNJ || cp == '’' || isMark(cp);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
