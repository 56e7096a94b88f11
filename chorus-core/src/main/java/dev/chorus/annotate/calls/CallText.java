package dev.chorus.annotate.calls;

import dev.chorus.text.TextFolding;

/**
 * The text form call patterns are matched on. Patterns and text are folded by the same {@link TextFolding} rules, so a
 * pattern written in ordinary spelling matches whatever spelling variant a writer or an earlier normaliser produced.
 */
final class CallText {
  private CallText() {}

  /**
   * Text to match: {@link TextFolding#forMatching} (folded, lower case, single spaces) after underscores are made
   * spaces, so that hashtags such as {@code #نه_به_مذاکره} read as the phrase.
   */
  static String normalize(String text) {
    // most texts have no _: indexOf finds that faster than replace, which scans char by char
    return TextFolding.forMatching(text == null || text.indexOf('_') < 0 ? text : text.replace('_', ' '));
  }

  /** A pattern's folding: {@link TextFolding#lettersOnly}, so that a pattern's {@code \S} or {@code \P{L}} stays. */
  static String fold(String pattern) {
    return TextFolding.lettersOnly(pattern);
  }
}
