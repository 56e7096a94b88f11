package dev.chorus.annotate.actors;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import dev.chorus.dimension.Dimension;
import java.util.List;
import java.util.Optional;

/** Registers the {@code actors} annotator; available when the codebook in force lists actors. */
public final class ActorsAnnotatorFactory implements AnnotatorFactory {
  private static final List<Dimension> DIMENSIONS = List.of(
      Dimension.builder("actor", "Actor").order(100).multiValued()
          .description("Actor id(s) from the codebook.").labelSource("codebook.actors")
          .fromLabels(ActorsAnnotator.KEY));

  @Override
  public String id() {
    return ActorsAnnotator.ID;
  }

  @Override
  public String description() {
    return "codebook actors named in the post (aliases in en, fa, ar, he, Arabic and Hebrew prefixes allowed)";
  }

  @Override
  public Optional<Annotator> create(AnnotatorContext context) {
    if (context.codebook() == null || context.codebook().actors().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ActorsAnnotator(context.codebook()));
  }

  @Override
  public String unavailableReason(AnnotatorContext context) {
    return "the codebook lists no actors: add them under 'actors' in codebook.yaml";
  }

  /** Declared here once; see {@link dev.chorus.dimension.Dimensions}. */
  @Override
  public List<Dimension> dimensions() {
    return DIMENSIONS;
  }
}
