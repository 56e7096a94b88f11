package dev.chorus.annotate.normalize;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import java.util.Optional;

/** Registers the {@code normalize} annotator; it needs no model and no codebook, so it is always available. */
public final class NormalizeAnnotatorFactory implements AnnotatorFactory {
  @Override
  public String id() {
    return NormalizeAnnotator.ID;
  }

  @Override
  public String description() {
    return "folds Persian/Arabic/Hebrew spelling variants, diacritics, ZWNJ and case for matching (keeps the original)";
  }

  @Override
  public Optional<Annotator> create(AnnotatorContext context) {
    return Optional.of(new NormalizeAnnotator());
  }
}
