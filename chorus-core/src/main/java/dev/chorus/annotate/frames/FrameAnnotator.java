package dev.chorus.annotate.frames;

import dev.chorus.annotate.language.LanguageAnnotator;
import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.List;
import java.util.Set;

/**
 * Labels the frames a post carries: key {@code frame}, one label per frame whose calibrated probability reaches that
 * frame's threshold (confidence = the probability, most probable first). When none does but the best one lies within
 * {@link FrameModel#UNCERTAIN_FRACTION} of its threshold, the single label is {@code uncertain} with that
 * probability; otherwise the key is empty (no frame). Never a guess. Immutable and thread-safe.
 */
public final class FrameAnnotator implements Annotator {
  public static final String ID = "frames";
  public static final String VERSION = "1";
  public static final AnnotationKey KEY = AnnotationKey.of("frame");

  private final FrameModel model;
  private final AnnotatorInfo info;

  public FrameAnnotator(FrameModel model, String modelHash) {
    this.model = model;
    // The language only orders the chain; the models read any language.
    this.info = new AnnotatorInfo(ID, VERSION, modelHash, Set.of(LanguageAnnotator.KEY), Set.of(), Set.of(KEY));
  }

  @Override
  public AnnotatorInfo info() {
    return info;
  }

  @Override
  public Annotations annotate(Post post, Annotations current) {
    return current.with(KEY, labels(post.titleAndText()), stamp(), null);
  }

  /** The frame labels of a text. */
  public List<Label> labels(String text) {
    FrameModel.Decision d = model.decide(text);
    if (!d.assigned().isEmpty()) {
      return d.assigned().stream().map(f -> Label.ofProbability(f.frame(), f.probability(), ID)).toList();
    }
    return d.uncertain() ? List.of(Label.ofProbability(Label.UNCERTAIN, d.topProbability(), ID)) : List.of();
  }

}
