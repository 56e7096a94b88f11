package dev.chorus.store.lucene;

import dev.chorus.store.QueryLimit;
import dev.chorus.store.QueryTooComplexException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.RegExp;

/**
 * The checks of {@link QueryLimit} that need no index: the query text before it is parsed (length, nesting, which
 * the recursive parsers cannot survive unbounded), a regular expression before its automaton is built (states), and
 * the parsed query before it runs (term lookups).
 */
final class QueryComplexity {
  private QueryComplexity() {}

  /** Length and parenthesis nesting of the text as typed; quoted phrases and escaped characters do not nest. */
  static void checkText(String text) {
    if (text.length() > QueryLimit.LENGTH.allowed()) {
      throw new QueryTooComplexException(QueryLimit.LENGTH, String.format("%,d", text.length()));
    }
    int depth = 0;
    int deepest = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    if (deepest > QueryLimit.NESTING.allowed()) {
      throw new QueryTooComplexException(QueryLimit.NESTING, Integer.toString(deepest));
    }
  }

  /**
   * A regular expression's length and an upper bound of its automaton's states, computed on the parsed expression
   * before Lucene builds the automaton: {@code a{1000}{1000}} would otherwise build a million states first.
   */
  static void checkRegExp(String pattern) {
    checkPatternLength(pattern);
    RegExp re;
    try {
      re = new RegExp(pattern, RegExp.ALL);
    } catch (IllegalArgumentException e) {
      throw new dev.chorus.store.InvalidFilterException(dev.chorus.store.PostQueryParser.QUERY,
          "/" + abbreviate(pattern) + "/ is not a valid regular expression (" + e.getMessage() + ")");
    }
    long states = states(re);
    if (states > QueryLimit.AUTOMATON_STATES.allowed()) {
      throw new QueryTooComplexException(QueryLimit.AUTOMATON_STATES,
          states == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.format("about %,d", states));
    }
  }

  static void checkPatternLength(String pattern) {
    if (pattern.length() > QueryLimit.PATTERN_LENGTH.allowed()) {
      throw new QueryTooComplexException(QueryLimit.PATTERN_LENGTH, Integer.toString(pattern.length()));
    }
  }

  /** Leaf queries (term lookups) of the parsed query: each bare word counts once per text field it is looked up in. */
  static void checkClauses(Query query) {
    int[] leaves = {0};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }

      @Override
      public void visitLeaf(Query q) {
        leaves[0]++;
      }

      @Override
      public void consumeTerms(Query q, org.apache.lucene.index.Term... terms) {
        leaves[0]++;
      }

      @Override
      public void consumeTermsMatching(Query q, String field,
          java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        leaves[0]++;
      }
    });
    if (leaves[0] > QueryLimit.CLAUSES.allowed()) {
      throw new QueryTooComplexException(QueryLimit.CLAUSES, String.format("%,d", leaves[0]));
    }
  }

  /** An upper bound of the states of the expression's automaton before determinisation, saturating. */
  static long states(RegExp re) {
    return switch (re.kind) {
      case REGEXP_UNION -> add(add(states(re.exp1), states(re.exp2)), 1);
      case REGEXP_CONCATENATION -> add(states(re.exp1), states(re.exp2));
      case REGEXP_INTERSECTION -> times(states(re.exp1), states(re.exp2));
      case REGEXP_OPTIONAL, REGEXP_REPEAT -> add(states(re.exp1), 1);
      case REGEXP_REPEAT_MIN -> times(states(re.exp1), (long) re.min + 1);
      case REGEXP_REPEAT_MINMAX -> times(states(re.exp1), Math.max(1L, Math.max(re.min, re.max)));
      // complementing determinises: Lucene bounds that work itself (and is refused with the same limit)
      case REGEXP_COMPLEMENT -> times(states(re.exp1), 2);
      case REGEXP_STRING -> re.s.length() + 1L;
      case REGEXP_INTERVAL -> times(Math.max(Integer.toString(re.to).length(), re.digits) + 1L, 10);
      default -> 2;
    };
  }

  private static long add(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  private static long times(long a, long b) {
    return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
