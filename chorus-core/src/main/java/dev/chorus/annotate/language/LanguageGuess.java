package dev.chorus.annotate.language;

import dev.chorus.post.Label;

/**
 * What the identifier decided for one text.
 *
 * @param language ISO 639-1 code, or {@code "und"} when it is not sure enough
 * @param confidence in [0,1]: the probability of the language (for "und": of the best candidate it refused)
 */
public record LanguageGuess(String language, double confidence) {
  public LanguageGuess {
    confidence = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
  }

  public static LanguageGuess undetermined(double confidence) {
    return new LanguageGuess(Label.UNDETERMINED, confidence);
  }

  public boolean determined() {
    return !language.equals(Label.UNDETERMINED);
  }
}
