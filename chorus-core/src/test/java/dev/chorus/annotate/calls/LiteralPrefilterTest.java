package dev.chorus.annotate.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The prefilter never hides a match: whenever a rule's regex finds the text, the rule is among the candidates. */
class LiteralPrefilterTest {
  private static final Map<String, Character.UnicodeScript> LANGUAGES = Map.of(
      "en", Character.UnicodeScript.LATIN, "fa", Character.UnicodeScript.ARABIC,
      "ar", Character.UnicodeScript.ARABIC, "he", Character.UnicodeScript.HEBREW);
  private static final List<CallPatterns> SHIPPED = LANGUAGES.entrySet().stream().map(e -> load(e.getKey(), e.getValue()))
      .toList();

  @Test
  void literalsOfASequenceMultiplyOutAlternatives() {
    assertThat(RequiredLiterals.of("\\bsign (?:the|our) petition\\b"))
        .containsExactlyInAnyOrder("sign the petition", "sign our petition");
    assertThat(RequiredLiterals.of("(?:^|[.!?;:\\n(]\\s*)(?:end|stop) (?:the )?talks"))
        .containsExactlyInAnyOrder("end talks", "end the talks", "stop talks", "stop the talks");
    assertThat(RequiredLiterals.of("#no ?deal")).containsExactlyInAnyOrder("#no deal", "#nodeal");
    assertThat(RequiredLiterals.of("(?<!\\p{L})(?:ال)?عريضة")).containsExactlyInAnyOrder("عريضة", "العريضة");
  }

  @Test
  void constructsThatConstrainNothingMakeTheRuleAlwaysRun() {
    assertThat(RequiredLiterals.of(".*")).isNull();
    assertThat(RequiredLiterals.of("(?:talks)?")).isNull();
    assertThat(RequiredLiterals.of("(?i)talks")).isNull();
    assertThat(RequiredLiterals.of("\\w+|talks")).isNull();
    assertThat(RequiredLiterals.of("x{0,3}")).isNull();
  }

  @Test
  void theLongestNecessaryPieceIsChosen() {
    assertThat(RequiredLiterals.of("we .{1,80}? to \\S+ negotiations")).containsExactly(" negotiations");
    assertThat(RequiredLiterals.of("a+bc")).containsExactly("bc");
  }

  @Test
  void everyShippedRuleIsConstrainedByLiterals() {
    for (CallPatterns p : SHIPPED) {
      assertThat(p.prefilter().alwaysRun().isEmpty()).as(p.language()).isTrue();
    }
  }

  @Property(tries = 400)
  void noShippedRuleMatchesWithoutBeingACandidate(@ForAll("texts") String raw) {
    String text = CallText.normalize(raw);
    for (CallPatterns p : SHIPPED) {
      BitSet candidates = p.prefilter().candidates(text);
      for (int i = 0; i < p.rules().size(); i++) {
        if (p.rules().get(i).pattern().matcher(text).find()) {
          assertThat(candidates.get(i)).as(p.language() + " rule " + i + " on '" + text + "'").isTrue();
        }
      }
    }
  }

  /** Samples of each rule's own regex in random context: the rule must always be a candidate where it matches. */
  @Property(tries = 300)
  void everySampledMatchIsACandidate(@ForAll long seed, @ForAll("texts") String before, @ForAll("texts") String after) {
    java.util.Random random = new java.util.Random(seed);
    for (CallPatterns p : SHIPPED) {
      for (int i = 0; i < p.rules().size(); i++) {
        java.util.regex.Pattern rule = p.rules().get(i).pattern();
        String text = CallText.normalize(before) + " " + RegexSampler.sample(rule.pattern(), random) + " "
            + CallText.normalize(after);
        if (rule.matcher(text).find()) {
          assertThat(p.prefilter().candidates(text).get(i)).as(p.language() + " rule " + i + " on '" + text + "'")
              .isTrue();
        }
      }
    }
  }

  /** The words of the shipped rules' patterns (letters, #, @ and quotes), for texts in which rules match often. */
  static List<String> ruleWords() {
    Set<String> words = new TreeSet<>();
    for (CallPatterns p : SHIPPED) {
      for (String w : p.source().split("[^\\p{L}#@'\"]+")) {
        if (!w.isBlank()) {
          words.add(w);
        }
      }
    }
    return new ArrayList<>(words);
  }

  /** Texts made of the rules' own words and punctuation, so that rules match often. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(ruleWords()),
        Arbitraries.of(".", "!", "\n", ",", "#", "we must", "please", "the", "a"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "_", ". ");
    return Arbitraries.lazy(() -> token.list().ofMinSize(1).ofMaxSize(14)
        .flatMap(ts -> separator.list().ofSize(ts.size()).map(seps -> join(ts, seps))));
  }

  private static String join(List<String> tokens, List<String> separators) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      b.append(tokens.get(i)).append(separators.get(i));
    }
    return b.toString();
  }

  private static CallPatterns load(String language, Character.UnicodeScript script) {
    try {
      return CallPatterns.load(language, script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
