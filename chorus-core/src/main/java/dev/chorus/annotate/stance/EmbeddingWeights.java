package dev.chorus.annotate.stance;

import dev.chorus.classify.OneStandardErrorRule;
import dev.chorus.classify.Outcome;
import dev.chorus.classify.TrainingSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The weight w of the optional sentence-embedding block, chosen after the model settings and with them fixed, on the
 * same inner blocked split: every w of {@link #WEIGHTS} appended to each target's chosen setting, one w for all
 * targets (judged by the file's metric), the smallest within one bootstrap standard error of the best
 * ({@link OneStandardErrorRule}). The procedure of bench/experiments-embeddings, which measured it on SemEval (w 2,
 * dev-blocked F_avg 0.631 → 0.676); tuning w jointly with the model grid was measured too and has no order between a
 * simpler model and a smaller w, so the settings come first.
 */
final class EmbeddingWeights {
  /** The weights tried, ascending: the smaller, the closer to the n-gram model (w 0 is that model). */
  static final double[] WEIGHTS = {0, 0.3, 0.5, 0.7, 1, 1.5, 2, 3};

  private EmbeddingWeights() {}

  /**
   * The choices with the chosen w's block added to each target's setting.
   *
   * @param embedder the embedder's id
   * @param chosen the model setting chosen per target
   * @param runs trained on the inner split's training part
   * @param valid the inner split's held-out part
   * @param metric the file's F_avg
   */
  static Map<String, StanceTuning.Choice> choose(String embedder, Map<String, StanceTuning.Choice> chosen,
      CandidateRuns runs, List<StanceExample> valid, ToDoubleFunction<List<Outcome>> metric) {
    List<List<Outcome>> outcomes = new ArrayList<>();
    for (double w : WEIGHTS) {
      List<Outcome> o = new ArrayList<>();
      for (StanceExample e : valid) {
        String t = StanceLabels.targetId(e.target());
        StanceCandidate c = withWeight(chosen.get(t).candidate(), embedder, w);
        o.add(new Outcome(e.stance(), runs.classifier(c, t).predict(e.text()).label(), t));
      }
      outcomes.add(o);
    }
    int[] complexity = java.util.stream.IntStream.range(0, WEIGHTS.length).toArray();
    OneStandardErrorRule.Choice w = OneStandardErrorRule.choose(outcomes, metric, complexity);
    StanceTuning.Weight weight = new StanceTuning.Weight(embedder, WEIGHTS[w.index()], w.score(), w.best(),
        w.standardError());
    Map<String, StanceTuning.Choice> out = new LinkedHashMap<>();
    chosen.forEach((t, c) -> out.put(t, new StanceTuning.Choice(withWeight(c.candidate(), embedder, weight.w()),
        c.score(), c.best(), c.standardError(), weight)));
    return out;
  }

  /** The candidate with the block of {@code embedder} at weight w (w 0: the candidate itself, n-grams only). */
  static StanceCandidate withWeight(StanceCandidate c, String embedder, double w) {
    if (w == 0) {
      return c;
    }
    String weight = w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
    return new StanceCandidate(c.name() + " + " + embedder + " w=" + weight,
        c.settings().withEmbeddings(new TrainingSettings.Embeddings(embedder, w)), c.modelling(), c.decision(),
        c.complexity());
  }
}
