package dev.chorus.annotate.language;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides the language of a post's text: the script first (Hebrew, Devanagari, Cyrillic, ... decide alone), then
 * letters and function words for Persian, Arabic and Urdu, and OpenNLP's character n-gram weights for Latin-script
 * languages and for Arabic-script texts the words leave open. Only the body counts: URLs, mentions, hashtags, emoji
 * and digits are set aside, and hashtag words are used (with a lower confidence) only when the body has no letters.
 * Says "und" when the text is too short or the best language is not probable enough. Immutable and thread-safe.
 */
public final class LanguageIdentifier {
  /** Latin-script languages we tell apart (ISO 639-3 of the OpenNLP model → ISO 639-1). */
  private static final Map<String, String> LATIN = ordered("eng", "en", "fra", "fr", "deu", "de", "spa", "es",
      "tur", "tr", "ita", "it", "por", "pt", "nld", "nl");
  /** Arabic-script languages, in the order of {@link PersoArabicEvidence}; OpenNLP has two Persian outcomes. */
  private static final Map<String, String> PERSO_ARABIC = ordered("pes", "fa", "ara", "ar", "urd", "ur", "fas", "fa");

  /** Below this probability the identifier says "und". */
  static final double MIN_CONFIDENCE = 0.6;
  /** Hashtag words alone are weaker evidence than a sentence. */
  private static final double HASHTAG_ONLY_FACTOR = 0.85;
  private static final int MIN_LETTERS = 3;
  static final double PRIOR_CONFIDENCE = 0.6;
  /** Letters and words ahead by this many points decide alone: the n-gram model changed none of those posts. */
  private static final double DECISIVE_POINTS = 8;
  /** Measured on the dev file: sharper n-gram probabilities up to 20 (Latin) and 10 (Arabic script) reduced "und". */
  private static final double LATIN_SHARPNESS = 20;
  private static final double PERSO_ARABIC_SHARPNESS = 10;

  private final CharNgramModel latin;
  private final CharNgramModel persoArabic;

  private LanguageIdentifier(CharNgramModel latin, CharNgramModel persoArabic) {
    this.latin = latin;
    this.persoArabic = persoArabic;
  }

  /** Loads the n-gram weights from the OpenNLP model on the class path (about a second). */
  public static LanguageIdentifier load() throws IOException {
    java.util.List<CharNgramModel> models = CharNgramModel.load(java.util.List.of(LATIN, PERSO_ARABIC));
    return new LanguageIdentifier(models.get(0), models.get(1));
  }

  /** SHA-256 of the model file the weights come from. */
  public String modelHash() {
    return latin.sha256();
  }

  /**
   * The language of a post, with the platform's own language tag as a weak prior: it is used only when the text
   * alone is undetermined and the tag is a language written in the text's script (a short Persian post tagged "fa"
   * becomes "fa" with confidence {@value #PRIOR_CONFIDENCE}; a tag that contradicts the script is ignored, since
   * platforms often tag by the user's interface language).
   */
  public LanguageGuess identify(String text, String platformLanguage) {
    PostBody parts = PostBody.of(text == null ? "" : text); // split once, for the text and for the prior
    LanguageGuess guess = identify(parts);
    if (guess.determined() || platformLanguage == null || platformLanguage.isBlank()) {
      return guess;
    }
    String prior = platformLanguage.strip().toLowerCase(java.util.Locale.ROOT);
    prior = prior.length() > 2 && prior.charAt(2) == '-' ? prior.substring(0, 2) : prior;
    Script script = ScriptProfile.of(parts.body() + " " + parts.hashtagWords()).dominant();
    boolean fits = script != null && (prior.equals(script.language())
        || script == Script.ARABIC && PERSO_ARABIC.containsValue(prior)
        || script == Script.LATIN && LATIN.containsValue(prior));
    return fits ? new LanguageGuess(prior, PRIOR_CONFIDENCE) : guess;
  }

  /** The language of the text; never fails. */
  public LanguageGuess identify(String text) {
    return identify(PostBody.of(text == null ? "" : text));
  }

  private LanguageGuess identify(PostBody parts) {
    ScriptProfile profile = ScriptProfile.of(parts.body());
    if (profile.total() >= MIN_LETTERS || profile.total() > 0 && parts.hashtagWords().isEmpty()) {
      return decide(parts.body(), profile);
    }
    String tags = (parts.body() + " " + parts.hashtagWords()).strip();
    ScriptProfile tagProfile = ScriptProfile.of(tags);
    LanguageGuess fromTags = decide(tags, tagProfile);
    double confidence = fromTags.confidence() * HASHTAG_ONLY_FACTOR;
    // Latin-script tags (#IranTalks, #NoWar) are used by posts in every language: they never decide alone
    boolean latinTags = tagProfile.dominant() == Script.LATIN;
    return fromTags.determined() && !latinTags && confidence >= MIN_CONFIDENCE
        ? new LanguageGuess(fromTags.language(), confidence) : LanguageGuess.undetermined(confidence);
  }

  private LanguageGuess decide(String body, ScriptProfile profile) {
    Script script = profile.dominant();
    if (script == null) {
      return LanguageGuess.undetermined(0);
    }
    if (script.language() != null) {
      // a script of its own: sure in proportion to how much of the text is in it
      double share = profile.share(script) + profile.share(Script.LATIN) / 2;
      return sure(script.language(), Math.min(1, share), profile.count(script) >= 2);
    }
    int letters = profile.count(script);
    if (script == Script.ARABIC) {
      return persoArabic(body, letters);
    }
    if (script == Script.LATIN) {
      return best(latin.languages(), latin.scores(body, LATIN_SHARPNESS), letters);
    }
    return LanguageGuess.undetermined(0);
  }

  /**
   * Persian, Arabic or Urdu: the points of letters and function words, plus the n-gram model's log-probability as a
   * tie-breaker for texts with little evidence; turned into probabilities with a softmax.
   */
  private LanguageGuess persoArabic(String body, int letters) {
    double[] logit = PersoArabicEvidence.of(body);
    if (margin(logit) < DECISIVE_POINTS) {
      // the words leave it open: let the n-gram model weigh in (most posts never need it, which keeps them fast)
      double[] ngram = persoArabic.scores(body, PERSO_ARABIC_SHARPNESS);
      logit[0] += Math.log(ngram[0] + ngram[3] + 1e-9);
      logit[1] += Math.log(ngram[1] + 1e-9);
      logit[2] += Math.log(ngram[2] + 1e-9);
    }
    return best(java.util.List.of("fa", "ar", "ur"), softmax(logit), letters);
  }

  /** Difference between the best and the second-best value. */
  private static double margin(double[] v) {
    double first = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      if (x > first) {
        second = first;
        first = x;
      } else if (x > second) {
        second = x;
      }
    }
    return first - second;
  }

  private static LanguageGuess best(java.util.List<String> languages, double[] p, int letters) {
    int top = 0;
    for (int j = 1; j < p.length; j++) {
      if (p[j] > p[top]) {
        top = j;
      }
    }
    return sure(languages.get(top), p[top], letters >= MIN_LETTERS);
  }

  private static LanguageGuess sure(String language, double confidence, boolean enoughLetters) {
    return enoughLetters && confidence >= MIN_CONFIDENCE
        ? new LanguageGuess(language, confidence) : LanguageGuess.undetermined(confidence);
  }

  private static double[] softmax(double[] logit) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logit) {
      max = Math.max(max, l);
    }
    double total = 0;
    double[] p = new double[logit.length];
    for (int j = 0; j < p.length; j++) {
      p[j] = Math.exp(logit[j] - max);
      total += p[j];
    }
    for (int j = 0; j < p.length; j++) {
      p[j] /= total;
    }
    return p;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
