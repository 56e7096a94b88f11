package dev.chorus.annotate.actors;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import java.util.Optional;

/** Registers the {@code actors} annotator; available when the codebook in force lists actors. */
public final class ActorsAnnotatorFactory implements AnnotatorFactory {
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
}
