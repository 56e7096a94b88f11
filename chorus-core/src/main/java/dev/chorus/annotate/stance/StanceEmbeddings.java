package dev.chorus.annotate.stance;

import dev.chorus.annotate.language.LanguageGuess;
import dev.chorus.annotate.language.LanguageIdentifier;
import dev.chorus.classify.SentenceEmbedders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which sentence embedder, if any, stance training appends to the n-grams ({@code --embeddings}). {@value #AUTO} (the
 * CLI's default) takes the embedder made for the language of the training posts when one is on the classpath; the
 * tuning then chooses its weight, 0 included, so the block is kept only where the blocked split says it helps. Why
 * automatic: on SemEval's later posts it raised F_avg by +0.045 [+0.009, +0.080] (bench/stance-embeddings.sh), and an
 * analyst should not have to know that to get it; why by language: the shipped model (e5-small-v2) is English only.
 */
public final class StanceEmbeddings {
  /** Choose by the training posts' language. */
  public static final String AUTO = "auto";
  /** N-grams only. */
  public static final String NONE = "none";
  /** Share of the posts whose language was identified that must be the embedder's for {@value #AUTO} to take it. */
  static final double AUTO_SHARE = 0.8;

  /**
   * The choice and why, in words for the analyst.
   *
   * @param embedder the embedder's id, null for n-grams only
   */
  public record Choice(String embedder, String reason) {}

  private StanceEmbeddings() {}

  /**
   * Resolves {@code requested} ({@value #AUTO}, {@value #NONE} or null, or an embedder's id) for {@code tuning} and the
   * training posts. An id is taken as given ({@link StanceTuning#withEmbeddings} refuses it where it cannot apply);
   * {@value #AUTO} never fails: it falls back to n-grams only and says why.
   */
  public static Choice choose(String requested, StanceTuning tuning, List<StanceExample> examples) {
    if (namesEmbedder(requested)) {
      return new Choice(requested.strip(), "asked for by id");
    }
    if (!isAuto(requested)) {
      return new Choice(null, "n-grams only (--embeddings none)");
    }
    if (!tuning.takesEmbeddings()) {
      return new Choice(null, "n-grams only: joint and combined models take no embedding block");
    }
    Map.Entry<String, Double> main = mainLanguage(examples);
    if (main == null) {
      return new Choice(null, "n-grams only: the posts' language could not be identified");
    }
    String id = SentenceEmbedders.forLanguage(main.getKey());
    String share = String.format(Locale.ROOT, "%.0f%% of the identified posts in '%s'", 100 * main.getValue(),
        main.getKey());
    if (main.getValue() < AUTO_SHARE) {
      return new Choice(null, "n-grams only: no language is " + Math.round(100 * AUTO_SHARE) + "% of the posts ("
          + share + ")");
    }
    return id == null ? new Choice(null, "n-grams only: no sentence embedder for '" + main.getKey() + "' ("
        + (SentenceEmbedders.ids().isEmpty() ? "none on the classpath" : "on the classpath: "
            + String.join(", ", SentenceEmbedders.ids())) + ")")
        : new Choice(id, "auto: " + share + "; its weight is tuned, 0 (n-grams only) included");
  }

  /** Whether {@code requested} names an embedder by id ({@value #AUTO}, {@value #NONE}, blank and null do not). */
  public static boolean namesEmbedder(String requested) {
    return requested != null && !requested.isBlank() && !isAuto(requested)
        && !requested.strip().equalsIgnoreCase(NONE);
  }

  private static boolean isAuto(String requested) {
    return requested != null && requested.strip().equalsIgnoreCase(AUTO);
  }

  /** The most frequent identified language and its share of the identified posts; null when none was identified. */
  private static Map.Entry<String, Double> mainLanguage(List<StanceExample> examples) {
    LanguageIdentifier identifier;
    try {
      identifier = LanguageIdentifier.load();
    } catch (IOException e) {
      throw new UncheckedIOException("the language model inside Chorus could not be read", e);
    }
    Map<String, Integer> counts = new TreeMap<>();
    int identified = 0;
    for (StanceExample e : examples) {
      LanguageGuess g = identifier.identify(e.text());
      if (g.determined()) {
        counts.merge(g.language(), 1, Integer::sum);
        identified++;
      }
    }
    if (identified == 0) {
      return null;
    }
    int total = identified;
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(m -> Map.entry(m.getKey(), m.getValue() / (double) total)).orElse(null);
  }
}
