package dev.chorus.cli;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import dev.chorus.annotate.AnnotatorInfo;
import dev.chorus.dimension.Dimension;
import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A test-only annotator with a dimension of its own ({@code tone}), registered only on the CLI module's test class
 * path: {@link DimensionContractTest} finds it filterable in the CLI, the API and the page with no other edit. It
 * labels only posts with the made-up words {@code zqupbeat} / {@code zqdownbeat}, and stamps only those, so the other
 * tests' posts are untouched.
 */
public final class ToneAnnotatorFactory implements AnnotatorFactory {
  static final AnnotationKey KEY = AnnotationKey.of("tone");
  private static final List<Dimension> DIMENSIONS = List.of(Dimension.builder("tone", "Tone").order(130)
      .multiValued().description("Tone of the post (test-only dimension).").placeholder("upbeat")
      .fromLabels(KEY));

  @Override
  public String id() {
    return "tone";
  }

  @Override
  public String description() {
    return "Tone (test-only): upbeat or downbeat by two made-up words";
  }

  @Override
  public Optional<Annotator> create(AnnotatorContext context) {
    return Optional.of(new Tone());
  }

  @Override
  public List<Dimension> dimensions() {
    return DIMENSIONS;
  }

  private static final class Tone implements Annotator {
    private static final AnnotatorInfo INFO = new AnnotatorInfo("tone", "1", null, Set.of(), Set.of(), Set.of(KEY));

    @Override
    public AnnotatorInfo info() {
      return INFO;
    }

    @Override
    public Annotations annotate(Post post, Annotations current) {
      String text = post.text();
      String tone = text.contains("zqupbeat") ? "upbeat" : text.contains("zqdownbeat") ? "downbeat" : null;
      return tone == null ? current : current.with(KEY, List.of(new Label(tone, 1.0, id())), stamp(), null);
    }
  }
}
