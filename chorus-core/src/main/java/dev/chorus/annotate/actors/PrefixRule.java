package dev.chorus.annotate.actors;

import java.util.regex.Pattern;

/**
 * Which letters may stand attached before an alias in the same word. Arabic and Hebrew write conjunctions,
 * prepositions and the article as part of the next word (والحرس "and the Guards", במשמרות "in the Guards"), so a
 * name is still that name behind them; in Latin script a letter before the alias means another word. Patterns are
 * written with normalised letters (ک for ك).
 */
enum PrefixRule {
  /** Nothing attached: Latin and other scripts. */
  NONE(""),
  /** Arabic script: and/so (و ف), a preposition (ب ک ل), the article (ال), or ل+ال written لل. */
  ARABIC("[وف]?(?:[بکل]?(?:ال)?|لل)"),
  /** The rest of an alias that begins with ال, after ل+ال written لل (للحرس الثوری). */
  ARABIC_AFTER_LIL("[وف]?لل"),
  /** Hebrew: ו, ש or כש, a preposition (מ ב ל כ), the article ה. */
  HEBREW("ו?(?:ש|כש)?[מבלכ]?ה?"),
  /** The rest of an alias that begins with ה, after ב ל כ, which absorb the article (במוסד for ב+המוסד). */
  HEBREW_ARTICLE_ABSORBED("ו?(?:ש|כש)?[בלכ]");

  /** Longest prefix any rule allows, in chars; longer runs of letters mean the alias is inside another word. */
  static final int MAX_LENGTH = 4;

  private final Pattern pattern;

  PrefixRule(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  boolean allows(String prefix) {
    return prefix.isEmpty() ? this != ARABIC_AFTER_LIL && this != HEBREW_ARTICLE_ABSORBED
        : this != NONE && pattern.matcher(prefix).matches();
  }
}
