package dev.chorus.annotate.calls;

import dev.chorus.text.AhoCorasick;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
 *
 * <p>A rule's literals are often there without a call ("talks" is in most posts about the talks), and its regex then
 * searched the text from every position in vain: most of this annotator's time. So a rule with an
 * {@link RequiredLiterals.Anchor} stays a candidate only if its regex from the anchor on matches where one of the
 * anchor's strings occurs (found by the same pass): a match tried at a few points, not searched for. When the anchor
 * starts the regex, that match is the rule's own ({@link #decides}).
 */
final class LiteralPrefilter {
  private final AhoCorasick literals;
  private final int[] lengths;
  /** For each literal of {@link #literals}, the rules that need it. */
  private final BitSet[] rulesByLiteral;
  /** For each literal of {@link #literals}, the rules whose anchor may start with it. */
  private final BitSet[] anchorsByLiteral;
  /** For each rule, its regex from its anchor on, or null when it has no anchor. */
  private final Pattern[] tails;
  private final BitSet decides = new BitSet();
  /** Rules whose regex only spells its anchor's strings: an occurrence is a match, no regex needed. */
  private final BitSet spelled = new BitSet();
  private final BitSet alwaysRun = new BitSet();

  LiteralPrefilter(List<Pattern> rules) {
    Map<String, BitSet[]> byLiteral = new LinkedHashMap<>(); // literal → {rules that need it, rules anchored on it}
    tails = new Pattern[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      // the analysis reads the syntax of the flags the rules are compiled with (ignoring case, comments: it does not);
      // UNICODE_CASE, which UNICODE_CHARACTER_CLASS implies, only changes how case is ignored
      boolean analysed = (rules.get(i).flags() & ~(Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE)) == 0;
      Set<String> required = analysed ? RequiredLiterals.of(rules.get(i).pattern()) : null;
      if (required == null) {
        alwaysRun.set(i);
      } else {
        for (String literal : required) {
          entry(byLiteral, literal)[0].set(i);
        }
      }
      if (analysed) {
        anchor(rules.get(i), i, byLiteral);
      }
    }
    // "" is in every text: a rule with it runs always (the analysis never yields it, but the rule must not be lost);
    // anchors never hold it
    BitSet[] empty = byLiteral.remove("");
    if (empty != null) {
      alwaysRun.or(empty[0]);
    }
    List<String> list = new ArrayList<>(byLiteral.keySet());
    literals = new AhoCorasick(list);
    lengths = list.stream().mapToInt(String::length).toArray();
    rulesByLiteral = byLiteral.values().stream().map(b -> b[0]).toArray(BitSet[]::new);
    anchorsByLiteral = byLiteral.values().stream().map(b -> b[1]).toArray(BitSet[]::new);
  }

  private void anchor(Pattern rule, int i, Map<String, BitSet[]> byLiteral) {
    RequiredLiterals.Anchor anchor = RequiredLiterals.anchor(rule.pattern());
    if (anchor == null) {
      return;
    }
    tails[i] = anchor.start() == 0 ? rule : Pattern.compile(rule.pattern().substring(anchor.start()), rule.flags());
    decides.set(i, anchor.start() == 0);
    spelled.set(i, anchor.spellsAllOf(rule.pattern()));
    for (String literal : anchor.literals()) {
      entry(byLiteral, literal)[1].set(i);
    }
  }

  private static BitSet[] entry(Map<String, BitSet[]> byLiteral, String literal) {
    return byLiteral.computeIfAbsent(literal, k -> new BitSet[] {new BitSet(), new BitSet()});
  }

  /** The indexes of the rules that may match {@code text}; for those that {@link #decides}, those that do match. */
  BitSet candidates(String text) {
    Occurrences anchors = new Occurrences();
    BitSet out = scan(text, anchors);
    for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
      if (tails[i] != null && !tailMatches(i, text, anchors)) {
        out.clear(i);
      }
    }
    return out;
  }

  /** The rules with a literal in {@code text}, and those always run: the candidates before anchors are tried. */
  BitSet literalCandidates(String text) {
    return scan(text, new Occurrences());
  }

  /** True when a candidate of {@link #candidates} is known to match: its anchor is where its regex starts. */
  boolean decides(int rule) {
    return decides.get(rule);
  }

  private BitSet scan(String text, Occurrences anchors) {
    BitSet out = (BitSet) alwaysRun.clone();
    literals.search(text, (literal, end) -> {
      out.or(rulesByLiteral[literal]);
      if (!anchorsByLiteral[literal].isEmpty()) {
        anchors.add(literal, end - lengths[literal]);
      }
    });
    return out;
  }

  /**
   * Whether the rule's regex from its anchor on matches at an occurrence of the anchor: as the search of the whole
   * regex would try it there (transparent bounds: look-behinds and \b see the text before; ^ is the text's start).
   */
  private boolean tailMatches(int rule, String text, Occurrences anchors) {
    Matcher m = null;
    for (int k = 0; k < anchors.size; k++) {
      if (anchorsByLiteral[anchors.literal(k)].get(rule)) {
        if (spelled.get(rule)) {
          return true;
        }
        m = m != null ? m : tails[rule].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.region(anchors.start(k), text.length()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Rules the analysis could not constrain (shown by tests: the shipped rules should have none). */
  BitSet alwaysRun() {
    return (BitSet) alwaysRun.clone();
  }

  /** Where anchor literals occur in one text: pairs of literal index and start. */
  private static final class Occurrences {
    private int[] pairs = new int[8];
    private int size;

    void add(int literal, int start) {
      if (2 * size + 2 > pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[2 * size] = literal;
      pairs[2 * size + 1] = start;
      size++;
    }

    int literal(int k) {
      return pairs[2 * k];
    }

    int start(int k) {
      return pairs[2 * k + 1];
    }
  }
}
