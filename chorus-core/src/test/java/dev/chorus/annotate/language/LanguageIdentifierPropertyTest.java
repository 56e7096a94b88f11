package dev.chorus.annotate.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** Any text in, a label with a confidence in [0,1] out, never an exception. */
class LanguageIdentifierPropertyTest {
  private final LanguageIdentifier identifier = shared();

  private static LanguageIdentifier shared() {
    try {
      return Holder.INSTANCE;
    } catch (ExceptionInInitializerError e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loaded once for all tries (about a second). */
  private static final class Holder {
    static final LanguageIdentifier INSTANCE = load();

    private static LanguageIdentifier load() {
      try {
        return LanguageIdentifier.load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Property(tries = 200)
  void anyUnicodeGivesALabelWithAConfidence(@ForAll @StringLength(max = 400) String text) {
    check(identifier.identify(text));
  }

  @Property(tries = 200)
  void anyArabicScriptTextGivesALabel(@ForAll @CharRange(from = '\u0600', to = '\u06FF') @CharRange(from = ' ',
      to = ' ') @CharRange(from = '\u200C', to = '\u200C') @StringLength(max = 200) String text) {
    LanguageGuess g = identifier.identify(text);
    check(g);
    assertThat(g.language()).isIn("fa", "ar", "ur", "und");
  }

  @Property(tries = 200)
  void anyTextAndPlatformTagGiveALabel(@ForAll @StringLength(max = 100) String text,
      @ForAll @StringLength(max = 8) String tag) {
    check(identifier.identify(text, tag));
  }

  private static void check(LanguageGuess g) {
    assertThat(g.language()).matches("[a-z]{2}|und");
    assertThat(g.confidence()).isBetween(0.0, 1.0);
  }
}
