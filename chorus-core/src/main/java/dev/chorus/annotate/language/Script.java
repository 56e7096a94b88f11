package dev.chorus.annotate.language;

/**
 * The writing systems the identifier tells apart, each with the language it means on its own (null when the script
 * is shared by several languages we watch and something else must decide).
 */
enum Script {
  LATIN(null),
  ARABIC(null),
  HEBREW("he"),
  DEVANAGARI("hi"),
  CYRILLIC("ru"),
  GREEK("el"),
  ARMENIAN("hy"),
  GEORGIAN("ka"),
  BENGALI("bn"),
  GURMUKHI("pa"),
  GUJARATI("gu"),
  TAMIL("ta"),
  TELUGU("te"),
  KANNADA("kn"),
  MALAYALAM("ml"),
  SINHALA("si"),
  THAI("th"),
  HANGUL("ko"),
  KANA("ja"),
  HAN("zh"),
  ETHIOPIC("am"),
  OTHER(null);

  private final String language;

  Script(String language) {
    this.language = language;
  }

  /** The language this script alone identifies, or null. */
  String language() {
    return language;
  }

  /** The script of a letter; fast paths for the blocks most posts use. */
  static Script of(int cp) {
    if (cp < 0x250) {
      return LATIN;
    }
    if (cp >= 0x600 && cp <= 0x6FF || cp >= 0x750 && cp <= 0x77F || cp >= 0xFB50 && cp <= 0xFDFF
        || cp >= 0xFE70 && cp <= 0xFEFF) {
      return ARABIC;
    }
    if (cp >= 0x590 && cp <= 0x5FF || cp >= 0xFB1D && cp <= 0xFB4F) {
      return HEBREW;
    }
    return switch (Character.UnicodeScript.of(cp)) {
      case LATIN -> LATIN;
      case ARABIC -> ARABIC;
      case HEBREW -> HEBREW;
      case DEVANAGARI -> DEVANAGARI;
      case CYRILLIC -> CYRILLIC;
      case GREEK -> GREEK;
      case ARMENIAN -> ARMENIAN;
      case GEORGIAN -> GEORGIAN;
      case BENGALI -> BENGALI;
      case GURMUKHI -> GURMUKHI;
      case GUJARATI -> GUJARATI;
      case TAMIL -> TAMIL;
      case TELUGU -> TELUGU;
      case KANNADA -> KANNADA;
      case MALAYALAM -> MALAYALAM;
      case SINHALA -> SINHALA;
      case THAI -> THAI;
      case HANGUL -> HANGUL;
      case HIRAGANA, KATAKANA -> KANA;
      case HAN -> HAN;
      case ETHIOPIC -> ETHIOPIC;
      default -> OTHER;
    };
  }
}
