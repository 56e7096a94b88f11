package dev.chorus.privacy;

/**
 * The host and path of a link, as the regular expression
 * {@code ^(https?://)?(?<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?<path>/[^?#]*)?.*$} (case ignored, dot
 * matching all) reads them, by a scan: every link of every post is read so, and the regex (with its five groups) was
 * the largest part of pseudonymising a post. The scan takes the same greedy choices the regex's first attempt takes,
 * which always succeeds since its tail matches anything; a property test compares the two on generated links.
 *
 * @param host the host name
 * @param pathStart where the path starts in the link
 * @param path from the first {@code /} after the host (and port) to before the first {@code ?} or {@code #}; null when
 *     no {@code /} follows the host
 */
record LinkParts(String host, int pathStart, String path) {
  /** The parts of {@code link}, or null when it does not start with a host name (after an optional scheme). */
  static LinkParts of(String link) {
    int start = schemeLength(link, 0);
    int hostEnd = hostEnd(link, start);
    if (hostEnd < 0) {
      return null;
    }
    int pathStart = portEnd(link, hostEnd);
    if (pathStart >= link.length() || link.charAt(pathStart) != '/') {
      return new LinkParts(link.substring(start, hostEnd), pathStart, null);
    }
    int pathEnd = pathStart;
    while (pathEnd < link.length() && link.charAt(pathEnd) != '?' && link.charAt(pathEnd) != '#') {
      pathEnd++;
    }
    return new LinkParts(link.substring(start, hostEnd), pathStart, link.substring(pathStart, pathEnd));
  }

  /** 8 for {@code https://} at {@code at}, 7 for {@code http://} (any case), else 0 (a host is looked for there). */
  static int schemeLength(String s, int at) {
    if (startsWithAsciiIgnoringCase(s, at, "https://")) {
      return 8;
    }
    return startsWithAsciiIgnoringCase(s, at, "http://") ? 7 : 0;
  }

  /** Case ignored for ASCII letters only, as the regex does ({@code regionMatches} would take ſ for s). */
  private static boolean startsWithAsciiIgnoringCase(String s, int at, String lowerCasePrefix) {
    if (s.length() - at < lowerCasePrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerCasePrefix.length(); i++) {
      char c = s.charAt(at + i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != lowerCasePrefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of the longest {@code label(.label)+} from {@code start}, or -1 when there is none. (After a scheme there
   * is no other way: without it, "http" followed by ':' is no host either.)
   */
  static int hostEnd(String s, int start) {
    int end = labelEnd(s, start);
    if (end == start) {
      return -1;
    }
    int dots = 0;
    while (end < s.length() && s.charAt(end) == '.') {
      int next = labelEnd(s, end + 1);
      if (next == end + 1) {
        break; // a dot without a label after it is not part of the host
      }
      end = next;
      dots++;
    }
    return dots == 0 ? -1 : end;
  }

  private static int labelEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isLabelChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** After {@code :} and at least one ASCII digit, the end of the digits; else {@code from}. */
  private static int portEnd(String s, int from) {
    if (from + 1 >= s.length() || s.charAt(from) != ':' || !isDigit(s.charAt(from + 1))) {
      return from;
    }
    int i = from + 1;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code [A-Za-z0-9-]}: the regex ignores case for ASCII letters only, so no other char is one. */
  static boolean isLabelChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
