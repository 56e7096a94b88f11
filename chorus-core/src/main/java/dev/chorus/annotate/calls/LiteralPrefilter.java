package dev.chorus.annotate.calls;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

/**
 * Which rules of one language can match a text, found in one pass: the {@link RequiredLiterals} of every rule are
 * compiled once into one Lucene string-union automaton, which is run from each position of the text. A rule's regex
 * runs only when one of its literals is present; most posts ask for nothing and hold none, so they cost one scan.
 *
 * <p>Why: one {@code java.util.regex} alternation over all rules was a third of the whole ingest's CPU (it tries every
 * branch at every position, with Unicode class checks). Lucene's automata are already a dependency and are built for
 * exactly this; rules the analysis cannot constrain are simply always run, so the result never changes.
 */
final class LiteralPrefilter {
  private final CharacterRunAutomaton literals;
  private final Map<String, BitSet> rulesByLiteral;
  private final BitSet alwaysRun;

  LiteralPrefilter(List<Pattern> rules) {
    rulesByLiteral = new HashMap<>();
    alwaysRun = new BitSet();
    for (int i = 0; i < rules.size(); i++) {
      Set<String> required = RequiredLiterals.of(rules.get(i).pattern());
      if (required == null) {
        alwaysRun.set(i);
        continue;
      }
      for (String literal : required) {
        rulesByLiteral.computeIfAbsent(literal, k -> new BitSet()).set(i);
      }
    }
    List<BytesRef> sorted = new ArrayList<>();
    rulesByLiteral.keySet().forEach(s -> sorted.add(new BytesRef(s)));
    sorted.sort(null);
    literals = new CharacterRunAutomaton(Automata.makeStringUnion(sorted));
  }

  /** The indexes of the rules that may match {@code text}: those with a literal in it, and those always run. */
  BitSet candidates(String text) {
    BitSet out = (BitSet) alwaysRun.clone();
    int length = text.length();
    for (int start = 0; start < length; start = text.offsetByCodePoints(start, 1)) {
      int state = 0;
      for (int end = start; end < length && state >= 0; ) {
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

  /** Rules the analysis could not constrain (shown by tests: the shipped rules should have none). */
  BitSet alwaysRun() {
    return (BitSet) alwaysRun.clone();
  }
}
