package dev.chorus.annotate.calls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literals a call rule cannot match without: a set of strings such that every match of the rule's regex contains
 * at least one of them. {@link LiteralPrefilter} looks for these strings in one pass and runs a rule's regex only on
 * posts that hold one, which is sound: a post without any of a rule's literals cannot match it.
 *
 * <p>Reads the subset of Java regex syntax the pattern files use (groups, lookarounds, alternation, classes, escapes,
 * quantifiers). Whatever it does not understand becomes "any text" (no constraint), never a wrong literal: the
 * worst case of an unknown construct is a rule that is always run, as before. This is the prefilter idea of RE2 and
 * Lucene's "required terms", kept to what ~80 hand-written rules need.
 *
 * <p>It also finds a rule's {@link Anchor}: where a match must hold one of a few strings, so that the regex need only
 * be tried where those strings occur.
 */
final class RequiredLiterals {
  private static final int MAX_EXACT = 256;

  /**
   * What a piece of regex matches. {@code exact}: the finite set of strings it matches, or null when unknown or too
   * many. {@code must}: strings one of which every match contains, or null for no constraint.
   */
  private record Info(Set<String> exact, Set<String> must) {
    static final Info ANY = new Info(null, null);
    static final Info EMPTY = new Info(Set.of(""), null);

    Set<String> bestMust() {
      return better(exact == null || exact.contains("") ? null : exact, must);
    }
  }

  /**
   * The first piece of a rule's regex, at its top level, that spells one of finitely many non-empty strings (with its
   * neighbours that do too, assertions included), from {@code start} to {@code end} in the regex: every match of the
   * rule has one of {@code literals} at the point where the regex from {@code start} on matches. So when the regex
   * from {@code start} matches at no occurrence of them, the rule cannot match, and when {@code start} is 0 a match
   * there is the rule's match.
   */
  record Anchor(Set<String> literals, int start, int end) {
    /** True when the anchor is all of {@code regex} and that only spells strings: any occurrence is a match. */
    boolean spellsAllOf(String regex) {
      String groups = regex.replace("(?:", "(");
      for (int i = 0; i < groups.length(); i++) {
        if ("\\[].*+{}^$".indexOf(groups.charAt(i)) >= 0) {
          return false; // escapes, classes, repetition, possessive ?+ and anchors: not strings only
        }
      }
      return start == 0 && end == regex.length() && !groups.contains("(?"); // no look-around, no flags
    }
  }

  private final String regex;
  private int pos;
  private boolean unknownSyntax;
  private int depth; // of groups around pos: 0 is the top-level sequence, where the anchor is
  private boolean topLevelBranches;
  private Anchor anchor;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /** The required literals of {@code regex}, or null when any text might match (the rule must always run). */
  static Set<String> of(String regex) {
    RequiredLiterals parser = new RequiredLiterals(regex);
    Info info = parser.alternation();
    return parser.unknownSyntax || parser.pos != regex.length() ? null : info.bestMust();
  }

  /** The anchor of {@code regex}, or null when it has none (or a top-level alternation, or syntax not understood). */
  static Anchor anchor(String regex) {
    RequiredLiterals parser = new RequiredLiterals(regex);
    parser.alternation();
    boolean sure = !parser.unknownSyntax && parser.pos == regex.length() && !parser.topLevelBranches;
    return sure ? parser.anchor : null;
  }

  private Info alternation() {
    List<Info> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    topLevelBranches |= depth == 0;
    Set<String> exact = new LinkedHashSet<>();
    Set<String> must = new LinkedHashSet<>();
    for (Info b : branches) {
      exact = exact == null || b.exact() == null ? null : union(exact, b.exact());
      Set<String> m = b.bestMust();
      must = must == null || m == null ? null : union(must, m);
    }
    return new Info(exact, must);
  }

  /** A concatenation: exact strings multiply while every piece is exact; the best constraint seen is kept. */
  private Info sequence() {
    Set<String> run = Set.of("");
    int runStart = pos;
    Set<String> best = null;
    boolean broken = false; // once a piece is not exact, neither is the whole: run holds only the last stretch
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      int pieceStart = pos;
      Info piece = quantified(atom());
      Set<String> joined = run == null || piece.exact() == null ? null : product(run, piece.exact());
      if (joined == null) {
        best = better(best, new Info(run, null).bestMust());
        best = better(best, piece.bestMust());
        noteRun(run, runStart, pieceStart);
        run = piece.exact();
        runStart = pieceStart;
        broken = true;
      } else {
        run = joined;
      }
    }
    best = better(best, new Info(run, null).bestMust());
    noteRun(run, runStart, pos);
    return new Info(broken ? null : run, best);
  }

  /** Keeps the first stretch of exact pieces of the top-level sequence that cannot be empty as the anchor. */
  private void noteRun(Set<String> run, int start, int end) {
    if (depth == 0 && anchor == null && run != null && !run.contains("")) {
      anchor = new Anchor(run, start, end);
    }
  }

  private Info quantified(Info atom) {
    if (pos >= regex.length()) {
      return atom;
    }
    char c = regex.charAt(pos);
    Info out;
    if (c == '?') {
      out = new Info(atom.exact() == null ? null : union(Set.of(""), atom.exact()), null);
    } else if (c == '*') {
      out = Info.ANY;
    } else if (c == '+') {
      out = new Info(null, atom.bestMust());
    } else if (c == '{' && regex.indexOf('}', pos) > pos) {
      String bounds = regex.substring(pos + 1, regex.indexOf('}', pos));
      pos = regex.indexOf('}', pos);
      out = bounds.startsWith("0") ? Info.ANY : new Info(null, atom.bestMust());
    } else {
      return atom;
    }
    pos++;
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
      pos++; // lazy or possessive: the same strings
    }
    return out;
  }

  private Info atom() {
    char c = regex.charAt(pos++);
    switch (c) {
      case '(':
        return group();
      case '[':
        skipClass();
        return Info.ANY;
      case '.':
        return Info.ANY;
      case '^':
      case '$':
        return Info.EMPTY;
      case '\\':
        return escape();
      default:
        return literal(String.valueOf(c));
    }
  }

  private Info group() {
    boolean lookaround = false;
    if (regex.startsWith("?:", pos)) {
      pos += 2;
    } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
      pos += 2;
      lookaround = true;
    } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
      pos += 3;
      lookaround = true;
    } else if (pos < regex.length() && regex.charAt(pos) == '?') {
      unknownSyntax = true; // inline flags or named groups: not used by the rules; the rule always runs
      pos = regex.length();
      return Info.ANY;
    }
    depth++;
    Info inner = alternation();
    depth--;
    if (pos < regex.length() && regex.charAt(pos) == ')') {
      pos++;
    }
    // A lookaround consumes nothing: the match itself is the empty string at that point.
    return lookaround ? Info.EMPTY : inner;
  }

  private Info escape() {
    if (pos >= regex.length()) {
      return Info.ANY;
    }
    char c = regex.charAt(pos++);
    if (c == 'b' || c == 'B') {
      return Info.EMPTY;
    }
    if (Character.isDigit(c) || "kQExucN".indexOf(c) >= 0) {
      // back references (which a piece of the regex alone cannot resolve), quoting, code points: not used by the
      // rules, and their arguments must not be read as literals; the rule always runs
      unknownSyntax = true;
      pos = regex.length();
      return Info.ANY;
    }
    if (c == 'p' || c == 'P') {
      pos = regex.charAt(pos) == '{' ? regex.indexOf('}', pos) + 1 : pos + 1;
      return Info.ANY;
    }
    if (c == 'n') {
      return literal("\n");
    }
    if (c == 't') {
      return literal("\t");
    }
    return Character.isLetterOrDigit(c) ? Info.ANY : literal(String.valueOf(c));
  }

  private void skipClass() {
    if (pos < regex.length() && regex.charAt(pos) == '^') {
      pos++;
    }
    if (pos < regex.length() && regex.charAt(pos) == ']') {
      pos++;
    }
    while (pos < regex.length() && regex.charAt(pos) != ']') {
      pos += regex.charAt(pos) == '\\' ? 2 : 1;
    }
    pos++;
  }

  private static Info literal(String s) {
    return new Info(Set.of(s), null);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out.size() > MAX_EXACT ? null : out;
  }

  private static Set<String> product(Set<String> a, Set<String> b) {
    if ((long) a.size() * b.size() > MAX_EXACT) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  /** The more selective constraint: the one whose shortest literal is longest (fewer chance hits), then fewer. */
  private static Set<String> better(Set<String> a, Set<String> b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    Comparator<Set<String>> selectivity = Comparator.<Set<String>>comparingInt(RequiredLiterals::shortest)
        .thenComparing(Comparator.<Set<String>>comparingInt(Set::size).reversed());
    return selectivity.compare(a, b) >= 0 ? a : b;
  }

  private static int shortest(Set<String> s) {
    return s.stream().mapToInt(String::length).min().orElse(0);
  }
}
