package dev.chorus.annotate.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

/** The calls annotator's scans find what the code they replaced found (kept here as the oracles). */
class CallScansTest {
  private static final List<CallPatterns> SHIPPED = List.of(load("en", Character.UnicodeScript.LATIN),
      load("fa", Character.UnicodeScript.ARABIC), load("ar", Character.UnicodeScript.ARABIC),
      load("he", Character.UnicodeScript.HEBREW));

  @Property(tries = 2000)
  void scriptsAreThoseOfEveryLetter(@ForAll("anyText") String text) {
    Set<Character.UnicodeScript> expected = EnumSet.noneOf(Character.UnicodeScript.class);
    text.codePoints().filter(Character::isLetter).forEach(cp -> expected.add(Character.UnicodeScript.of(cp)));
    assertThat(CallAnnotator.scripts(text)).isEqualTo(expected);
  }

  /** The Aho–Corasick prefilter gives the candidates the automaton run from every position gave. */
  @Property(tries = 1000)
  void candidatesAreThoseOfTheScanFromEveryPosition(@ForAll("callTexts") String raw) {
    String text = CallText.normalize(raw);
    for (CallPatterns p : SHIPPED) {
      assertThat(p.prefilter().literalCandidates(text)).as(p.language() + ": " + text)
          .isEqualTo(new ScanFromEveryPosition(p).candidates(text));
    }
  }

  /** The first prefilter: the literals' automaton run from each code point of the text. */
  private static final class ScanFromEveryPosition {
    private final CharacterRunAutomaton literals;
    private final Map<String, BitSet> rulesByLiteral = new HashMap<>();

    ScanFromEveryPosition(CallPatterns p) {
      for (int i = 0; i < p.rules().size(); i++) {
        for (String literal : RequiredLiterals.of(p.rules().get(i).pattern().pattern())) {
          rulesByLiteral.computeIfAbsent(literal, k -> new BitSet()).set(i);
        }
      }
      List<BytesRef> sorted = new ArrayList<>();
      rulesByLiteral.keySet().forEach(s -> sorted.add(new BytesRef(s)));
      sorted.sort(null);
      literals = new CharacterRunAutomaton(Automata.makeStringUnion(sorted));
    }

    BitSet candidates(String text) {
      BitSet out = new BitSet();
      for (int start = 0; start < text.length(); start = text.offsetByCodePoints(start, 1)) {
        int state = 0;
        for (int end = start; end < text.length() && state >= 0; ) {
          int cp = text.codePointAt(end);
          end += Character.charCount(cp);
          state = literals.step(state, cp);
          if (state >= 0 && literals.isAccept(state)) {
            out.or(rulesByLiteral.get(text.substring(start, end)));
          }
        }
      }
      return out;
    }
  }

  /** Any chars: letters of many scripts, marks, surrogate pairs and lone surrogates. */
  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().withChars("aZéßסעسلا😀\uD835\uDC00\uD800\uDC00 \u0301ª").ofMaxLength(20));
  }

  /** Texts made of the rules' own words (so that literals occur), in random order and spacing. */
  @Provide
  Arbitrary<String> callTexts() {
    Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(LiteralPrefilterTest.ruleWords()),
        Arbitraries.of(".", "!", "\n", ",", "#", "we must", "please", "the", "😀", "\u0301"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6));
    return token.list().ofMinSize(1).ofMaxSize(14).map(ts -> String.join(" ", ts));
  }

  private static CallPatterns load(String language, Character.UnicodeScript script) {
    try {
      return CallPatterns.load(language, script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
