package dev.chorus.privacy;

/**
 * The links in free text (with or without a scheme), where an account in them is replaced in place: what the
 * regular expression
 * {@code (?<![\p{L}\p{N}@._/-])(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/[^\s<>"'«»“”‘’)\]]*} (case ignored)
 * finds, found by a scan: every text and title of every post is searched, and the regex was most of the cost of a
 * text with a link. A property test compares the two on generated texts. Use: {@code while (links.next()) ...}.
 */
final class LinksInText {
  private final String text;
  private int start = -1;
  private int end;

  LinksInText(String text) {
    this.text = text;
  }

  /** Moves to the next link, after the current one; false when there is none. */
  boolean next() {
    int from = start < 0 ? 0 : end;
    for (int s = searchStart(text, from); s >= 0 && s < text.length(); s++) {
      int e = endOfLinkAt(s);
      if (e >= 0) {
        start = s;
        end = e;
        return true;
      }
    }
    start = end = text.length();
    return false;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /**
   * Where the regex's attempt at {@code s} ends, or -1 when it fails. Not after a letter, digit or one of
   * {@code @._/-} (the char before is read alone: a surrogate is no letter, as the regex's one-char look-behind reads
   * it); then the scheme, the longest host (a shorter one is never followed by its {@code /}: the host's chars are not
   * {@code /}; and without the scheme "http" followed by ':' is no host), its {@code /} and the longest path.
   */
  private int endOfLinkAt(int s) {
    if (s > 0 && isWordOrLinkChar(text.charAt(s - 1))) {
      return -1;
    }
    int host = s + LinkParts.schemeLength(text, s);
    int slash = LinkParts.hostEnd(text, host);
    if (slash < 0 || slash >= text.length() || text.charAt(slash) != '/') {
      return -1;
    }
    int e = slash + 1;
    while (e < text.length() && !endsPath(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /** {@code [\p{L}\p{N}@._/-]}, of one char. */
  private static boolean isWordOrLinkChar(char c) {
    if (c == '@' || c == '.' || c == '_' || c == '/' || c == '-') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** {@code [\s<>"'«»“”‘’)\]]}, with {@code \s} the regex's ASCII white space {@code [ \t\n\x0B\f\r]}. */
  private static boolean endsPath(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', '<', '>', '"', '\'', '«', '»', '“', '”', '‘', '’', ')', ']' -> true;
      default -> false;
    };
  }

  /**
   * Where a link can first start in {@code text} at or after {@code from}, or -1 when none can: a search from there
   * finds the same link as one from {@code from}. Each link holds a {@code /} right after a host name: after a label
   * char, in a run of {@code [A-Za-z0-9.-]} that holds a dot. Everything from the link's start to that {@code /} is a
   * scheme or a host, all in {@code [A-Za-z0-9.:/-]}, so no link starts before the run of those chars that holds the
   * first such {@code /}. Most posts have none and are spared the search.
   */
  static int searchStart(String text, int from) {
    for (int slash = text.indexOf('/', from); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      if (slash == 0 || !LinkParts.isLabelChar(text.charAt(slash - 1))) {
        continue;
      }
      for (int i = slash - 1; i >= 0 && (LinkParts.isLabelChar(text.charAt(i)) || text.charAt(i) == '.'); i--) {
        if (text.charAt(i) == '.') {
          int start = i;
          while (start > from && isLinkStartChar(text.charAt(start - 1))) {
            start--;
          }
          return Math.max(start, from); // the dot may be before from: the host of a link that starts before it
        }
      }
    }
    return -1;
  }

  private static boolean isLinkStartChar(char c) {
    return LinkParts.isLabelChar(c) || c == '.' || c == ':' || c == '/';
  }
}
