package dev.chorus.annotate.language;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.List;
import java.util.Set;

/**
 * Labels the language of a post under the key {@code lang}: an ISO 639-1 code, or "und" when unsure, with its
 * confidence. Reads the text (and the title when the text has no letters); the platform's language tag is only a
 * weak prior for posts the text leaves undetermined (see {@link LanguageIdentifier#identify(String, String)}).
 */
public final class LanguageAnnotator implements Annotator {
  public static final String ID = "language";
  public static final AnnotationKey KEY = dev.chorus.dimension.PostDimensions.DETECTED_LANGUAGE;
  static final String VERSION = "1";

  private final LanguageIdentifier identifier;
  private final AnnotatorInfo info;

  public LanguageAnnotator(LanguageIdentifier identifier) {
    this.identifier = identifier;
    this.info = new AnnotatorInfo(ID, VERSION, identifier.modelHash(), Set.of(), Set.of(), Set.of(KEY));
  }

  @Override
  public AnnotatorInfo info() {
    return info;
  }

  @Override
  public Annotations annotate(Post post, Annotations current) {
    String text = post.text().isBlank() && post.title() != null ? post.title() : post.text();
    LanguageGuess guess = identifier.identify(text, post.lang());
    Label label = new Label(guess.language(), guess.confidence(), ID);
    return current.with(KEY, List.of(label), stamp(), null);
  }
}
