package dev.chorus.annotate.stance;

import dev.chorus.annotate.language.LanguageAnnotator;
import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.classify.Prediction;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Labels a post's stance toward every target with a model: {@code stance:<target-id>} = favor / against / none with
 * the calibrated probability as confidence, or {@code uncertain} (with the winning probability) when that is below the
 * target's threshold. Each label keeps the calibrated probability of every class ({@link Label#probabilities()}), from
 * which a store estimates a stance's share of posts as the mean probability ({@code StanceShares}). Immutable and
 * thread-safe.
 */
public final class StanceAnnotator implements Annotator {
  public static final String ID = "stance";
  public static final String VERSION = "1";
  /** The family of the per-target stance keys ({@code stance:<target>}). */
  public static final AnnotationKey KEY = AnnotationKey.of("stance");
  public static final String KEY_PREFIX = KEY + ":";
  /**
   * Default confidence threshold. Below 0.5 the calibrated probability says the label is more likely wrong than
   * right. Measured by shuffled 5-fold CV on the shared training data (2026-12-08, the default: e5-small-v2 for
   * SemEval's English, tempered confidences): SemEval keeps 74% of the posts at accuracy 0.82 (0.6: 52% at 0.89),
   * Mawqif 89% at 0.78 (0.6: 75% at 0.82); see {@code by_threshold} of {@code chorus eval stance --cv 5 --json}.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** A model of one target and the probability below which its answer is "uncertain". */
  public record TargetModel(StanceModels models, String targetId, double threshold) {}

  private final Map<String, TargetModel> targets;
  private final AnnotatorInfo info;

  /**
   * @param targets by target id
   * @param modelHash one hash for all model files (they are replaced together by {@code chorus train stance})
   */
  public StanceAnnotator(Map<String, TargetModel> targets, String modelHash) {
    this.targets = Map.copyOf(new LinkedHashMap<>(targets));
    // The language is read only to order the chain; the normaliser folds Arabic letters whatever the language.
    this.info = new AnnotatorInfo(ID, VERSION, modelHash,
        Set.of(LanguageAnnotator.KEY), Set.of(),
        targets.keySet().stream().map(KEY::forTarget).collect(Collectors.toUnmodifiableSet()));
  }

  @Override
  public AnnotatorInfo info() {
    return info;
  }

  @Override
  public Annotations annotate(Post post, Annotations current) {
    String text = post.titleAndText();
    Annotations a = current;
    for (String t : targets.keySet().stream().sorted().toList()) {
      a = a.with(KEY.forTarget(t), List.of(label(targets.get(t), text)), stamp(), null);
    }
    return a;
  }

  Label label(TargetModel m, String text) {
    Prediction p = m.models().predict(m.targetId(), text);
    String value = p.confidence() < m.threshold() ? Label.UNCERTAIN : p.label();
    // every class's probability too, also for "uncertain": calibrated shares are the mean of them over the posts
    return Label.ofProbabilities(value, p.confidence(), ID, p.probabilities());
  }
}
