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
import net.jqwik.api.Combinators;
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
  void theAnchorIsTheFirstTopLevelStretchOfLiterals() {
    String rule = "(?:^|[.!?;:\\n(]\\s*)(?:end|stop) (?:the )?talks\\b";
    RequiredLiterals.Anchor anchor = RequiredLiterals.anchor(rule);
    assertThat(anchor.literals())
        .containsExactlyInAnyOrder("end talks", "end the talks", "stop talks", "stop the talks");
    assertThat(anchor.start()).isEqualTo(rule.indexOf("(?:end"));
    assertThat(RequiredLiterals.anchor("#no ?deal"))
        .isEqualTo(new RequiredLiterals.Anchor(Set.of("#no deal", "#nodeal"), 0, 9));
    assertThat(RequiredLiterals.anchor("a+bc").start()).isEqualTo(2);
    assertThat(RequiredLiterals.anchor("(?<!\\p{L})(?:ال)?عريضة").start()).isZero();
  }

  @Test
  void onlyARegexThatSpellsStringsIsDecidedByAnOccurrence() {
    for (String plain : List.of("#no ?deal", "לא (?:להסכם|לעסקה)", "(a)b", "no (?:more )??talks")) {
      assertThat(RequiredLiterals.anchor(plain).spellsAllOf(plain)).as(plain).isTrue();
    }
    for (String not : List.of("\\bpetition\\b", "a?+a", "(?<!x)ab", "ab$", "a\\.b", "a[bc]")) {
      RequiredLiterals.Anchor anchor = RequiredLiterals.anchor(not);
      assertThat(anchor == null || !anchor.spellsAllOf(not)).as(not).isTrue();
    }
    String tooMany = "(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)"; // 4096 strings
    assertThat(RequiredLiterals.anchor(tooMany).spellsAllOf(tooMany)).isFalse();
  }

  /** Flags change what the literals of a regex match (case, comments): such a rule runs always. */
  @Test
  void aRuleWithFlagsTheAnalysisDoesNotReadAlwaysRuns() {
    LiteralPrefilter prefilter = new LiteralPrefilter(List.of(
        java.util.regex.Pattern.compile("talks", java.util.regex.Pattern.CASE_INSENSITIVE),
        java.util.regex.Pattern.compile("deal", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS)));
    assertThat(prefilter.alwaysRun().get(0)).isTrue();
    assertThat(prefilter.alwaysRun().get(1)).isFalse();
    assertThat(prefilter.candidates("TALKS").get(0)).isTrue();
    assertThat(prefilter.candidates("a deal").get(1)).isTrue();
    assertThat(prefilter.decides(1)).isTrue();
  }

  @Test
  void noAnchorWithoutOneSureTopLevelSequence() {
    assertThat(RequiredLiterals.anchor("talks|deal")).isNull();
    assertThat(RequiredLiterals.anchor("(?i)talks")).isNull();
    assertThat(RequiredLiterals.anchor("x{0,3}")).isNull();
    assertThat(RequiredLiterals.anchor("(?:the )?")).isNull();
    // a back reference cannot be resolved by the regex from the anchor on; escapes with arguments are not literals
    assertThat(RequiredLiterals.anchor("(a)b\\1")).isNull();
    assertThat(RequiredLiterals.anchor("\\x41bc")).isNull();
    assertThat(RequiredLiterals.of("\\x41bc")).isNull();
    assertThat(RequiredLiterals.of("\\Qa|b\\E")).isNull();
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

  /** A rule the prefilter says matches (its anchor starts its regex and matched) is one its regex finds. */
  @Property(tries = 400)
  void aDecidedRuleIsOneTheRegexFinds(@ForAll long seed, @ForAll("texts") String before,
      @ForAll("texts") String after) {
    java.util.Random random = new java.util.Random(seed);
    for (CallPatterns p : SHIPPED) {
      for (int i = 0; i < p.rules().size(); i++) {
        java.util.regex.Pattern rule = p.rules().get(i).pattern();
        String text = CallText.normalize(before + " " + RegexSampler.sample(rule.pattern(), random) + " " + after);
        BitSet candidates = p.prefilter().candidates(text);
        for (int j = 0; j < p.rules().size(); j++) {
          boolean found = p.rules().get(j).pattern().matcher(text).find();
          String what = p.language() + " rule " + j + " on '" + text + "'";
          assertThat(candidates.get(j) || !found).as("kept: " + what).isTrue();
          assertThat(found || !candidates.get(j) || !p.prefilter().decides(j)).as("decided: " + what).isTrue();
        }
      }
    }
  }

  /**
   * Any regex of the syntax the analysis reads, over any text: the prefilter keeps every rule that matches, and a
   * rule it decides matches. Pieces with assertions, look-arounds, classes and repetition around the literals.
   */
  @Property(tries = 3000)
  void theAnchorsAreSoundForAnyRegex(@ForAll("regexes") String regex, @ForAll boolean unicode,
      @ForAll("smallTexts") List<String> texts) {
    java.util.regex.Pattern rule = java.util.regex.Pattern.compile(regex,
        unicode ? java.util.regex.Pattern.UNICODE_CHARACTER_CLASS : 0);
    LiteralPrefilter prefilter = new LiteralPrefilter(List.of(rule));
    for (String text : texts) {
      boolean found = rule.matcher(text).find();
      boolean candidate = prefilter.candidates(text).get(0);
      assertThat(candidate || !found).as("kept: '" + regex + "' on '" + text + "'").isTrue();
      assertThat(found || !candidate || !prefilter.decides(0)).as("decided: '" + regex + "' on '" + text + "'")
          .isTrue();
    }
  }

  @Provide
  Arbitrary<String> regexes() {
    Arbitrary<String> piece = Arbitraries.of("a", "b", "ab", "ba", " ", "(?:a|b)", "(?:ab|b)", "(?:a )?", "a?", "b*",
        "a+", "[ab]", "[^a]", ".", "\\b", "\\B", "^", "$", "(?<!a)", "(?=b)", "(?!a)", "(?<=b)", "\\s*", "\\S+",
        "a{1,2}", "a{0,2}", "(?:a|\\b)", "(?:^|b)", "(?:ab|[ab]+)", "(a)", "(?:b a|ab)?", ".{1,3}?", "\\.", "\\p{L}");
    Arbitrary<String> sequence = piece.list().ofMinSize(1).ofMaxSize(6).map(ps -> String.join("", ps));
    return Arbitraries.oneOf(sequence, sequence, sequence, Combinators.combine(sequence, sequence)
        .as((x, y) -> x + "|" + y));
  }

  @Provide
  Arbitrary<List<String>> smallTexts() {
    return Arbitraries.strings().withChars("ab .").ofMaxLength(12).list().ofMinSize(1).ofMaxSize(20);
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
