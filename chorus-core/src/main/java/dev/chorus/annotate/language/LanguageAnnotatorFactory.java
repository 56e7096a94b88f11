package dev.chorus.annotate.language;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import java.io.IOException;
import java.util.Optional;

/** Creates the {@value LanguageAnnotator#ID} annotator; always available (its model ships in a jar). */
public final class LanguageAnnotatorFactory implements AnnotatorFactory {
  @Override
  public String id() {
    return LanguageAnnotator.ID;
  }

  @Override
  public String description() {
    return "Language of the post (ISO 639-1, or und when unsure): script, Persian/Arabic/Urdu words, OpenNLP n-grams";
  }

  @Override
  public Optional<Annotator> create(AnnotatorContext context) throws IOException {
    return Optional.of(new LanguageAnnotator(LanguageIdentifier.load()));
  }
}
