package dev.chorus.annotate.calls;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.hash.Sha256;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the calls annotator from the bundled pattern files; the codebook tells which actors can be addressed
 * (persons, institutions, organisations). Always available: the rules need no model.
 */
public final class CallAnnotatorFactory implements AnnotatorFactory {
  private static final List<Dimension> DIMENSIONS = List.of(
      Dimension.builder("call", "Call to action").order(120).multiValued()
          .description("Call-to-action type(s), e.g. petition, no-deal, support-talks.").placeholder("petition")
          .labelSource("calls.types").valueNames(CallTypes.NAMES).fromLabels(CallAnnotator.KEY),
      Dimension.builder("addressee", "Addressee of a call").order(220).multiValued()
          .description("Who a call to action addresses (codebook actor ids).").filter(Dimension.Filter.NONE)
          .labelSource("codebook.actors").fromLabels(CallAnnotator.ADDRESSEE));
  /** Languages with a pattern file, and the script each is written in. */
  private static final List<String> LANGUAGES = List.of("en", "fa", "ar", "he");
  private static final Set<String> ADDRESSABLE_TYPES =
      Set.of("person", "institution", "organisation", "organization");

  @Override
  public String id() {
    return "calls";
  }

  @Override
  public String description() {
    return "Calls to action (end the talks, no deal, petitions, solidarity, appeals, support for talks) and addressees";
  }

  @Override
  public Optional<Annotator> create(AnnotatorContext context) throws IOException {
    List<CallPatterns> patterns = new ArrayList<>();
    StringBuilder digest = new StringBuilder();
    for (String lang : LANGUAGES) {
      CallPatterns p = CallPatterns.load(lang, script(lang));
      patterns.add(p);
      digest.append(lang).append('\n').append(p.source()).append('\n');
    }
    Set<String> actors = new TreeSet<>();
    Codebook cb = context == null ? null : context.codebook();
    if (cb != null) {
      for (Codebook.Actor a : cb.actors()) {
        if (a.type() != null && ADDRESSABLE_TYPES.contains(a.type().toLowerCase(Locale.ROOT))) {
          actors.add(a.id().toLowerCase(Locale.ROOT));
        }
      }
    }
    digest.append(actors);
    return Optional.of(new CallAnnotator(patterns, actors, Sha256.halfHex(digest.toString())));
  }

  private static Character.UnicodeScript script(String lang) {
    return switch (lang) {
      case "fa", "ar" -> Character.UnicodeScript.ARABIC;
      case "he" -> Character.UnicodeScript.HEBREW;
      default -> Character.UnicodeScript.LATIN;
    };
  }

  /** Declared here once; see {@link dev.chorus.dimension.Dimensions}. */
  @Override
  public List<Dimension> dimensions() {
    return DIMENSIONS;
  }
}
