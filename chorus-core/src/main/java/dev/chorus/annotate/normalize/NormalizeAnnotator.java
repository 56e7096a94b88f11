package dev.chorus.annotate.normalize;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Post;
import dev.chorus.text.TextFolding;
import java.util.Set;

/**
 * Puts the {@link TextFolding#forMatching} form of a post's title and text into {@link Annotations#normalizedText()}
 * for the annotators that match words and names (key {@code normalized}). Adds no label. Immutable and thread-safe.
 */
public final class NormalizeAnnotator implements Annotator {
  public static final String ID = "normalize";
  /** What later annotators require to find the normalised text in place. */
  public static final AnnotationKey PRODUCES = AnnotationKey.of("normalized");
  /** 2: the one {@link TextFolding} also folds ئ ؤ, guillemets and the Hebrew maqaf. */
  static final String VERSION = "2";
  private final AnnotatorInfo info = new AnnotatorInfo(ID, VERSION, null, Set.of(), Set.of(), Set.of(PRODUCES));

  @Override
  public AnnotatorInfo info() {
    return info;
  }

  @Override
  public Annotations annotate(Post post, Annotations current) {
    return current.with((String) null, null, stamp(), TextFolding.forMatching(matchableText(post)));
  }

  /** A headline names actors as often as the body, so both are matched (an article's title comes first). */
  public static String matchableText(Post post) {
    String title = post.title();
    return title == null || title.isBlank() ? post.text() : title + "\n" + post.text();
  }
}
