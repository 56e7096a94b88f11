package dev.chorus.collect;

/**
 * Mastodon and X ids are decimal strings that grow with time (longer is newer; equal length compares as text), so
 * they are compared without parsing (they may exceed a long on some servers).
 */
final class SnowflakeIds {
  private SnowflakeIds() {}

  /** The newer of two ids; null counts as oldest. */
  static String newer(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return compare(a, b) >= 0 ? a : b;
  }

  static int compare(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }
}
