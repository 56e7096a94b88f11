package dev.chorus.annotate.calls;

import dev.chorus.text.AhoCorasick;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which rules of one language can match a text, found in one pass: the {@link RequiredLiterals} of every rule are
 * compiled once into one {@link AhoCorasick} automaton, which finds every occurrence of every literal in one pass over
 * the text. A rule's regex runs only when one of its literals is present; most posts ask for nothing and hold none, so
 * they cost one scan.
 *
 * <p>Why: one {@code java.util.regex} alternation over all rules was a third of the whole ingest's CPU (it tries every
 * branch at every position, with Unicode class checks). Running a literal automaton from each position of the text
 * (the first prefilter) was still quadratic in the worst case and a third of this annotator; Aho–Corasick reads each
 * char once. Rules the analysis cannot constrain are simply always run, so the result never changes.
 */
final class LiteralPrefilter {
  private final AhoCorasick literals;
  /** For each literal of {@link #literals}, the rules that need it. */
  private final BitSet[] rulesByLiteral;
  private final BitSet alwaysRun;

  LiteralPrefilter(List<Pattern> rules) {
    Map<String, BitSet> byLiteral = new LinkedHashMap<>();
    alwaysRun = new BitSet();
    for (int i = 0; i < rules.size(); i++) {
      Set<String> required = RequiredLiterals.of(rules.get(i).pattern());
      if (required == null) {
        alwaysRun.set(i);
        continue;
      }
      for (String literal : required) {
        byLiteral.computeIfAbsent(literal, k -> new BitSet()).set(i);
      }
    }
    // "" is in every text: a rule with it runs always (the analysis never yields it, but the rule must not be lost)
    BitSet empty = byLiteral.remove("");
    if (empty != null) {
      alwaysRun.or(empty);
    }
    literals = new AhoCorasick(new ArrayList<>(byLiteral.keySet()));
    rulesByLiteral = byLiteral.values().toArray(BitSet[]::new);
  }

  /** The indexes of the rules that may match {@code text}: those with a literal in it, and those always run. */
  BitSet candidates(String text) {
    BitSet out = (BitSet) alwaysRun.clone();
    literals.search(text, (literal, end) -> out.or(rulesByLiteral[literal]));
    return out;
  }

  /** Rules the analysis could not constrain (shown by tests: the shipped rules should have none). */
  BitSet alwaysRun() {
    return (BitSet) alwaysRun.clone();
  }
}
