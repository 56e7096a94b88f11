package dev.chorus.classify;

/**
 * Which n-grams a {@link FeatureSpace} extracts and how it weights them.
 *
 * @param wordMin shortest word n-gram (0 disables word n-grams)
 * @param wordMax longest word n-gram
 * @param charMin shortest character n-gram (0 disables character n-grams)
 * @param charMax longest character n-gram
 * @param weighting how counts become values
 * @param minDf n-grams seen in fewer training texts are dropped (noise, and model size)
 */
public record FeatureSettings(int wordMin, int wordMax, int charMin, int charMax, Weighting weighting, int minDf) {
  /** Value of an n-gram in a text, before each block (words, characters) is scaled to unit length. */
  public enum Weighting {
    /** (1 + log tf) × idf. */
    TFIDF,
    /** 1 + log tf. */
    LOG,
    /** 1 when present. */
    BINARY
  }

  public FeatureSettings {
    if (wordMin < 0 || wordMax < wordMin || charMin < 0 || charMax < charMin || minDf < 1) {
      throw new IllegalArgumentException("bad n-gram ranges " + wordMin + "-" + wordMax + " / " + charMin + "-"
          + charMax + " or minDf " + minDf);
    }
    if (weighting == null) {
      throw new IllegalArgumentException("weighting is missing");
    }
  }

  /** Word 1–3-grams and character 2–5-grams, tf-idf, n-grams in at least 2 texts. */
  public static FeatureSettings standard() {
    return new FeatureSettings(1, 3, 2, 5, Weighting.TFIDF, 2);
  }

  public FeatureSettings withMinDf(int value) {
    return new FeatureSettings(wordMin, wordMax, charMin, charMax, weighting, value);
  }
}
