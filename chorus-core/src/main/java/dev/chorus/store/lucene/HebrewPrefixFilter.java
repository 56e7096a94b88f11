package dev.chorus.store.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Hebrew attaches one-letter prefixes (ו and, ה the, ב in, ל to, מ from, ש that, כ as) to the next word, so
 * {@code והמשא ומתן} never matches {@code משא}. Lucene has no Hebrew analyser and the only morphological analyser on
 * Maven Central is AGPL and unmaintained, so this filter adds, at the same position, the word with up to two leading
 * prefix letters removed when at least three letters remain. Recall improves; a few false matches (a word that
 * genuinely starts with one of those letters) are the price.
 */
public final class HebrewPrefixFilter extends TokenFilter {
  private static final String PREFIXES = "והבלמשכ";
  private static final int MIN_STEM = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private String original;
  private int stripped;

  public HebrewPrefixFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (original != null && stripped < 2) {
      stripped++;
      int len = original.length() - stripped;
      if (len >= MIN_STEM && PREFIXES.indexOf(original.charAt(stripped - 1)) >= 0 && isHebrew(original)) {
        term.setEmpty().append(original, stripped, original.length());
        posInc.setPositionIncrement(0);
        return true;
      }
      original = null;
    }
    if (!input.incrementToken()) {
      return false;
    }
    original = term.toString();
    stripped = 0;
    return true;
  }

  private static boolean isHebrew(String s) {
    return !s.isEmpty() && s.charAt(0) >= '\u05D0' && s.charAt(0) <= '\u05EA';
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    original = null;
    stripped = 0;
  }
}
