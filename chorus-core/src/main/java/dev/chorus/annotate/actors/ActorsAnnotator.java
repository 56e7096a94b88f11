package dev.chorus.annotate.actors;

import dev.chorus.annotate.language.LanguageAnnotator;
import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.annotate.normalize.NormalizeAnnotator;
import dev.chorus.codebook.Codebook;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import dev.chorus.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Labels the codebook actors a post names (key {@value #KEY}, value the actor id, confidence 1.0). Matches the
 * normalised text the {@code normalize} annotator left, or normalises the post itself when it did not run. Uses the
 * post's language (the {@code lang} label, else the platform's) only to keep Persian-only aliases out of Arabic posts
 * and the other way round. Immutable and thread-safe.
 */
public final class ActorsAnnotator implements Annotator {
  public static final String ID = "actors";
  public static final AnnotationKey KEY = AnnotationKey.of("actor");
  static final String VERSION = "1";

  private final ActorGazetteer gazetteer;
  private final AnnotatorInfo info;

  public ActorsAnnotator(Codebook codebook) {
    this.gazetteer = new ActorGazetteer(codebook);
    this.info = new AnnotatorInfo(ID, VERSION, codebook.hash(),
        Set.of(NormalizeAnnotator.PRODUCES, LanguageAnnotator.KEY), Set.of(), Set.of(KEY));
  }

  @Override
  public AnnotatorInfo info() {
    return info;
  }

  @Override
  public Annotations annotate(Post post, Annotations current) {
    List<String> ids = actorIds(post, current);
    List<Label> labels = new ArrayList<>(ids.size());
    for (String id : ids) {
      labels.add(new Label(id, 1.0, ID));
    }
    return current.with(KEY, labels, stamp(), null);
  }

  /** The ids of the actors the post names, in order of first mention. */
  public List<String> actorIds(Post post, Annotations current) {
    String text = current.normalizedText() != null
        ? current.normalizedText()
        : TextFolding.forMatching(NormalizeAnnotator.matchableText(post));
    return gazetteer.find(text, language(post, current));
  }

  /** Actor ids in an already normalised text, for callers without a post (evaluation, search tools). */
  public List<String> actorIds(String normalizedText, String lang) {
    return gazetteer.find(normalizedText, lang);
  }

  private static String language(Post post, Annotations current) {
    Label label = current.first(LanguageAnnotator.KEY);
    String lang = label != null ? label.value() : post.lang();
    if (lang == null || lang.isBlank() || lang.equals(Label.UNDETERMINED) || lang.equals(Label.UNCERTAIN)) {
      return null;
    }
    int dash = lang.indexOf('-');
    return (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(Locale.ROOT);
  }
}
