package dev.chorus.annotate.frames;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two FIGNEWS-2024 label sets as Chorus ids.
 *
 * <p><b>bias</b> is the {@code bias_majority} column: Unbiased, Biased against Palestine / Israel / others / both
 * Palestine and Israel. "Unclear" and "Not Applicable" say the annotators could not judge bias: they are not a bias
 * class, so those rows have no bias gold label and are left out of the bias set (counted). <b>propaganda</b> is the
 * majority of {@code propaganda_votes} against {@code not_propaganda_votes}; a tie (a quarter of the file, mostly 2–2)
 * is no majority, so tied rows have no propaganda gold label and are left out of that set (counted). As frames for
 * training ({@link #frames}), a biased row carries its bias id and a majority-propaganda row carries
 * {@code propaganda}; "unbiased" and "not propaganda" are the absence of a frame.
 */
public final class FignewsLabels {
  public static final String UNBIASED = "unbiased";
  public static final String PROPAGANDA = "propaganda";
  public static final String NOT_PROPAGANDA = "not-propaganda";
  public static final List<String> PROPAGANDA_CLASSES = List.of(PROPAGANDA, NOT_PROPAGANDA);

  private static final Map<String, String> BIAS = Map.of(
      "unbiased", UNBIASED,
      "biased against palestine", "biased-against-palestine",
      "biased against israel", "biased-against-israel",
      "biased against others", "biased-against-others",
      "biased against both palestine and israel", "biased-against-both");
  private static final Set<String> NO_BIAS_JUDGEMENT = Set.of("unclear", "not applicable", "");
  private static final Map<String, String> LANGUAGES = Map.of("arabic", "ar", "hebrew", "he", "english", "en",
      "french", "fr", "hindi", "hi");

  private FignewsLabels() {}

  /** The bias id of a {@code bias_majority} value; null for Unclear / Not Applicable; an error for anything else. */
  public static String bias(String value, String where) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (NO_BIAS_JUDGEMENT.contains(v)) {
      return null;
    }
    String id = BIAS.get(v);
    if (id == null) {
      throw new IllegalArgumentException(where + ": '" + value + "' is not a FIGNEWS bias label");
    }
    return id;
  }

  /** {@code propaganda} or {@code not-propaganda} by majority of votes; null on a tie. */
  public static String propaganda(int propagandaVotes, int notPropagandaVotes) {
    if (propagandaVotes == notPropagandaVotes) {
      return null;
    }
    return propagandaVotes > notPropagandaVotes ? PROPAGANDA : NOT_PROPAGANDA;
  }

  /** "Arabic" → "ar"; unknown names are kept lower-cased. */
  public static String language(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return LANGUAGES.getOrDefault(n, n);
  }

  /** The frames of a row for multi-label training: its bias unless unbiased, and propaganda on a majority. */
  public static Set<String> frames(String bias, String propaganda) {
    Set<String> f = new TreeSet<>();
    if (bias != null && !bias.equals(UNBIASED)) {
      f.add(bias);
    }
    if (PROPAGANDA.equals(propaganda)) {
      f.add(PROPAGANDA);
    }
    return f;
  }
}
