package dev.chorus.annotate.stance;

import dev.chorus.classify.BlockedSplit;
import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.OneStandardErrorRule;
import dev.chorus.classify.Outcome;
import dev.chorus.classify.TextClassifier;
import dev.chorus.classify.TrainingSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses stance settings on the training data alone, by a blocked split: every candidate is trained on the earlier
 * part of each target's posts and scored on the later part ({@link BlockedSplit}), and among the candidates whose
 * F_avg is within one standard error (bootstrap) of the best, the simplest is kept ("one-standard-error rule"), as
 * differences below the noise do not carry over to new posts. The chosen setting is then trained on all posts. Per
 * target (each target its own setting, judged by its own F_avg) or shared (one setting for all, judged by the file's
 * metric).
 */
public final class StanceTuning {
  /** Share of each target's posts, the latest in file order, that the inner split holds out. */
  public static final double HELD_OUT = 0.25;

  /** Whether each target chooses its own setting or all share one. */
  public enum Scope { PER_TARGET, SHARED }

  /**
   * What was chosen for one target.
   *
   * @param candidate the chosen setting
   * @param score its F_avg on the inner held-out part
   * @param best the best candidate's F_avg there
   * @param standardError the bootstrap standard error of the best score
   * @param embeddings the weight chosen for the sentence-embedding block (already in the candidate), null without
   * @param temperature what the trained model's confidences are tempered by ({@link TemperatureScaling}); 1: as
   *     calibrated
   */
  public record Choice(StanceCandidate candidate, double score, double best, double standardError,
      Weight embeddings, double temperature) {
    public Choice(StanceCandidate candidate, double score, double best, double standardError) {
      this(candidate, score, best, standardError, null);
    }

    public Choice(StanceCandidate candidate, double score, double best, double standardError, Weight embeddings) {
      this(candidate, score, best, standardError, embeddings, 1.0);
    }

    Choice withTemperature(double t) {
      return new Choice(candidate, score, best, standardError, embeddings, t);
    }

  }

  /**
   * The weight chosen for the sentence-embedding block ({@link EmbeddingWeights}), one for all targets.
   *
   * @param embedder the embedder's id
   * @param w the weight chosen (0: the block did not help, n-grams only)
   * @param score its F_avg on the inner held-out part
   * @param best the best weight's F_avg there
   * @param standardError the bootstrap standard error of the best score
   */
  public record Weight(String embedder, double w, double score, double best, double standardError) {}

  /** Models trained with the chosen settings, and the choices by target id. */
  public record Tuned(StanceModels models, Map<String, Choice> chosen) {}

  private final List<StanceCandidate> candidates;
  private final Scope scope;
  private final boolean fAvgPerTarget;
  /** The sentence embedder whose block's weight is tuned after the settings; null: n-grams only. */
  private final String embedder;

  public StanceTuning(List<StanceCandidate> candidates, Scope scope, StanceFormat format) {
    this(candidates, scope, format.fAvgPerTarget(), null);
  }

  private StanceTuning(List<StanceCandidate> candidates, Scope scope, boolean fAvgPerTarget, String embedder) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("tuning needs at least one candidate setting");
    }
    this.candidates = List.copyOf(candidates);
    this.scope = scope;
    this.fAvgPerTarget = fAvgPerTarget;
    this.embedder = embedder;
  }

  /**
   * This tuning followed by the choice of the weight of {@code embedder}'s block ({@link EmbeddingWeights}) with the
   * chosen settings fixed; null: n-grams only. The embedder must be on the classpath.
   */
  public StanceTuning withEmbeddings(String embedderId) {
    if (embedderId != null) {
      dev.chorus.classify.SentenceEmbedders.require(embedderId);
      if (!takesEmbeddings()) {
        // the joint models' per-target feature copies were never measured with an embedding block
        throw new IllegalArgumentException("sentence embeddings are appended to per-target models only: tune the "
            + "settings (--tuning shared or per-target) or use --modelling per-target");
      }
    }
    return new StanceTuning(candidates, scope, fAvgPerTarget, embedderId);
  }

  /** Whether an embedding block may be appended: only per-target models were measured with one. */
  public boolean takesEmbeddings() {
    return candidates.stream().allMatch(c -> c.modelling() == StanceModelling.PER_TARGET);
  }

  /**
   * The tuning over {@link StanceCandidate#tuningGrid} with {@code scope}, or, when {@code scope} is null, the one setting
   * of {@code settings} and {@code modelling} (nothing to choose).
   */
  public static StanceTuning of(Scope scope, TrainingSettings settings, StanceModelling modelling,
      StanceFormat format) {
    return scope == null
        ? new StanceTuning(List.of(StanceCandidate.fixed(settings, modelling)), Scope.SHARED, format)
        : new StanceTuning(StanceCandidate.tuningGrid(settings.features()), scope, format);
  }

  /** Parses {@code per-target}, {@code shared} or {@code none} (null: the settings as given). */
  public static Scope parseScope(String name) {
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "per-target" -> Scope.PER_TARGET;
      case "shared" -> Scope.SHARED;
      case "none" -> null;
      default -> throw new IllegalArgumentException("tuning must be per-target, shared or none, got '" + name + "'");
    };
  }

  /** Chooses on an inner blocked split of {@code examples}, then trains the choices on all of them. */
  public Tuned fit(List<StanceExample> examples) {
    Map<String, Choice> chosen = candidates.size() == 1 && embedder == null ? only(examples) : select(examples);
    CandidateRuns all = new CandidateRuns(examples);
    Map<String, TextClassifier> models = new LinkedHashMap<>();
    for (String t : all.targets()) {
      TextClassifier c = all.classifier(chosen.get(t).candidate(), t);
      // the temperature is 1 for settings with decision weights; the check guards weights fitted to exactly 1 inside
      models.put(t, c.picksMostProbable() ? c.tempered(chosen.get(t).temperature()) : c);
    }
    return new Tuned(new StanceModels(models), chosen);
  }

  private Map<String, Choice> only(List<StanceExample> examples) {
    Map<String, Choice> m = new LinkedHashMap<>();
    new CandidateRuns(examples).targets().forEach(t -> m.put(t, new Choice(candidates.get(0), Double.NaN,
        Double.NaN, Double.NaN)));
    return m;
  }

  private Map<String, Choice> select(List<StanceExample> examples) {
    boolean[] held = BlockedSplit.lastPart(examples.stream().map(StanceExample::target).toList(), HELD_OUT);
    List<StanceExample> train = new ArrayList<>();
    List<StanceExample> valid = new ArrayList<>();
    for (int i = 0; i < held.length; i++) {
      (held[i] ? valid : train).add(examples.get(i));
    }
    CandidateRuns runs = new CandidateRuns(train);
    List<List<Outcome>> outcomes = new ArrayList<>();
    for (StanceCandidate c : candidates) {
      List<Outcome> o = new ArrayList<>();
      for (StanceExample e : valid) {
        String label = runs.classifier(c, StanceLabels.targetId(e.target())).predict(e.text()).label();
        o.add(new Outcome(e.stance(), label, StanceLabels.targetId(e.target())));
      }
      outcomes.add(o);
    }
    Map<String, Choice> out = new LinkedHashMap<>();
    if (scope == Scope.SHARED) {
      Choice c = choose(outcomes, this::fAvg);
      runs.targets().forEach(t -> out.put(t, c));
    } else {
      for (String t : runs.targets()) {
        List<List<Outcome>> mine = outcomes.stream().map(o -> o.stream().filter(x -> x.group().equals(t)).toList())
            .toList();
        out.put(t, choose(mine, o -> ClassificationMetrics.fAvgPooled(o, StanceLabels.POLAR)));
      }
    }
    return StanceTemperature.choose(embedder == null ? out
        : EmbeddingWeights.choose(embedder, out, runs, valid, this::fAvg), runs, valid);
  }

  private double fAvg(List<Outcome> o) {
    return fAvgPerTarget ? ClassificationMetrics.fAvgPerGroup(o, StanceLabels.POLAR)
        : ClassificationMetrics.fAvgPooled(o, StanceLabels.POLAR);
  }

  /** The simplest candidate within one standard error of the best ({@link OneStandardErrorRule}). */
  private Choice choose(List<List<Outcome>> outcomes, java.util.function.ToDoubleFunction<List<Outcome>> metric) {
    OneStandardErrorRule.Choice c = OneStandardErrorRule.choose(outcomes, metric,
        candidates.stream().mapToInt(StanceCandidate::complexity).toArray());
    return new Choice(candidates.get(c.index()), c.score(), c.best(), c.standardError());
  }
}
