package dev.chorus.annotate.language;

/** How many letters of a text each script has. */
final class ScriptProfile {
  /** A non-Latin script with more than ~23% of the letters wins (measured: 0.3 beat 0.5 on Hindi and Hebrew posts). */
  static final double LATIN_WEIGHT = 0.3;
  private final int[] letters = new int[Script.values().length];
  private int total;

  /** Counts the letters of the text (marks, spaces and everything else are ignored). */
  static ScriptProfile of(CharSequence text) {
    ScriptProfile p = new ScriptProfile();
    int latin = 0; // ASCII letters, counted apart: most chars of Latin-script posts, told without the Unicode tables
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        latin += cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' ? 1 : 0;
      } else if (Character.isLetter(cp)) {
        p.letters[Script.of(cp).ordinal()]++;
        p.total++;
      }
    }
    p.letters[Script.LATIN.ordinal()] += latin;
    p.total += latin;
    return p;
  }

  int total() {
    return total;
  }

  int count(Script s) {
    return letters[s.ordinal()];
  }

  /**
   * The script the text is written in. Latin letters count 0.3: posts in other scripts often carry Latin brand
   * names, acronyms and English words ("LIVE", "ISIS"), while Latin-script posts rarely carry other scripts. Han
   * text with any kana is Japanese.
   */
  Script dominant() {
    Script best = null;
    double bestWeight = 0;
    for (Script s : Script.values()) {
      double w = letters[s.ordinal()] * (s == Script.LATIN ? LATIN_WEIGHT : 1.0);
      if (w > bestWeight) {
        best = s;
        bestWeight = w;
      }
    }
    if (best == Script.HAN && count(Script.KANA) > 0) {
      return Script.KANA;
    }
    return best;
  }

  /** Share of the letters that are in the given script, in [0,1]. */
  double share(Script s) {
    return total == 0 ? 0 : (double) count(s) / total;
  }
}
