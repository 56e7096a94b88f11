package dev.chorus.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho–Corasick automaton over UTF-16 chars: finds every occurrence of every pattern in one pass over the text, in
 * time linear in the text plus the matches, whatever the number of patterns. Written here because the Maven Central
 * implementations are unmaintained and this is small; the actor gazetteer and the call rules' literal prefilter use
 * it on every post. Immutable after construction, so one instance serves all threads.
 *
 * <p>Most chars of a post lead nowhere (the automaton stays at or falls back to its root), so the root's moves are a
 * table indexed by char for the scripts posts are written in (Latin, Arabic, Hebrew: below U+0800), not a binary
 * search: that step runs once per char of every post.
 */
public final class AhoCorasick {
  /** Chars below this have their root move in {@link #rootMoves}; the rest are searched. */
  private static final int ROOT_TABLE = 0x800;

  /** Receives each occurrence: the pattern's index and the end (exclusive) of the occurrence in the text. */
  public interface Hits {
    void hit(int pattern, int end);
  }

  private final char[][] keys; // per node: sorted chars of its children
  private final int[][] targets; // per node: child node for keys[node][i]
  private final int[] fail; // longest proper suffix of the node's string that is also a node
  private final int[] pattern; // pattern ending at the node, or -1
  private final int[] nextOutput; // nearest node on the fail chain with a pattern, or -1
  private final int[] rootMoves = new int[ROOT_TABLE]; // the root's child for each char below ROOT_TABLE, or 0

  /** Patterns must be distinct and non-empty; indexes in {@link Hits} refer to this list. */
  public AhoCorasick(List<String> patterns) {
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    children.add(new TreeMap<>());
    ends.add(-1);
    for (int p = 0; p < patterns.size(); p++) {
      String s = patterns.get(p);
      if (s.isEmpty()) {
        throw new IllegalArgumentException("empty pattern at " + p);
      }
      int node = 0;
      for (int i = 0; i < s.length(); i++) {
        Integer child = children.get(node).get(s.charAt(i));
        if (child == null) {
          child = children.size();
          children.add(new TreeMap<>());
          ends.add(-1);
          children.get(node).put(s.charAt(i), child);
        }
        node = child;
      }
      if (ends.get(node) != -1) {
        throw new IllegalArgumentException("duplicate pattern '" + s + "'");
      }
      ends.set(node, p);
    }
    int n = children.size();
    keys = new char[n][];
    targets = new int[n][];
    for (int node = 0; node < n; node++) {
      TreeMap<Character, Integer> c = children.get(node);
      keys[node] = new char[c.size()];
      targets[node] = new int[c.size()];
      int i = 0;
      for (Map.Entry<Character, Integer> e : c.entrySet()) {
        keys[node][i] = e.getKey();
        targets[node][i++] = e.getValue();
      }
    }
    for (int i = 0; i < keys[0].length && keys[0][i] < ROOT_TABLE; i++) {
      rootMoves[keys[0][i]] = targets[0][i];
    }
    pattern = ends.stream().mapToInt(Integer::intValue).toArray();
    fail = new int[n];
    nextOutput = new int[n];
    linkBreadthFirst();
  }

  /** Fail and output links, parents before children, as each child's links derive from its parent's. */
  private void linkBreadthFirst() {
    Arrays.fill(nextOutput, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child : targets[0]) {
      queue.add(child); // depth 1: fail to the root
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int i = 0; i < keys[node].length; i++) {
        int child = targets[node][i];
        int f = step(fail[node], keys[node][i]);
        fail[child] = f;
        nextOutput[child] = pattern[f] >= 0 ? f : nextOutput[f];
        queue.add(child);
      }
    }
  }

  /** Reports every occurrence of every pattern in {@code text}, by increasing end. */
  public void search(CharSequence text, Hits hits) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = step(state, text.charAt(i));
      for (int out = pattern[state] >= 0 ? state : nextOutput[state]; out >= 0; out = nextOutput[out]) {
        hits.hit(pattern[out], i + 1);
      }
    }
  }

  private int step(int state, char c) {
    while (true) {
      if (state == 0 && c < ROOT_TABLE) {
        return rootMoves[c];
      }
      int i = Arrays.binarySearch(keys[state], c);
      if (i >= 0) {
        return targets[state][i];
      }
      if (state == 0) {
        return 0;
      }
      state = fail[state];
    }
  }
}
