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
      String token = text.substring(i, end);
      if (token.charAt(0) == '#') {
        appendWords(tags, token, 1);
      } else if (!isNoise(token)) {
        appendWords(body, token, 0);
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
  private static boolean isNoise(String token) {
    char first = token.charAt(0);
    if (first == '@' || first == '＠') {
      return true;
    }
    if (token.contains("://") || token.startsWith("www.") || token.contains("@") || looksLikeDomain(token)) {
      return true;
    }
    return token.equals("RT") || token.equals("URL") || token.equals("MENTION") || token.equals("USER")
        || token.equals("HTTPURL");
  }

  /** {@code example.com/path}, {@code bit.ly/x}: a dot followed by a letter, then a slash. */
  private static boolean looksLikeDomain(String token) {
    int dot = token.indexOf('.');
    int slash = token.indexOf('/');
    return dot > 0 && slash > dot + 1 && Character.isLetter(token.charAt(dot + 1)) && token.charAt(0) < 128;
  }

  /** Appends the letters of the token from {@code from}; anything else (digits, emoji, punctuation, _) splits words. */
  private static void appendWords(StringBuilder out, String token, int from) {
    boolean inWord = false;
    for (int i = from; i < token.length(); ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) || cp == ZWNJ || cp == '\'' || cp == '’' || isMark(cp)) {
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

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
