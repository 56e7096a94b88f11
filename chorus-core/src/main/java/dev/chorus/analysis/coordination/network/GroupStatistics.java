package dev.chorus.analysis.coordination.network;

import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Describes each group by the coordinated pairs inside it (both accounts in the group and joined by a kept edge):
 * objects, posts, time span, dominant languages, stances and frames, example posts. Stateless.
 */
public final class GroupStatistics {
  private static final int TOP = 5;

  public List<CoordinatedGroup> describe(CoordinationNetwork network, ShareTable table, CoShareAccumulator pairs,
      ShareFacts facts) {
    int n = network.groups().size();
    List<Set<Integer>> objects = new ArrayList<>();
    List<Map<String, Integer>> posts = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      objects.add(new HashSet<>());
      posts.add(new HashMap<>());
    }
    for (int p = 0; p < pairs.pairCount(); p++) {
      int a = pairs.earlierRow(p);
      int b = pairs.laterRow(p);
      String accountA = table.name(table.account(a));
      String accountB = table.name(table.account(b));
      int g = network.groupOf(accountA);
      if (g < 0 || g != network.groupOf(accountB) || !network.graph().containsEdge(accountA, accountB)) {
        continue;
      }
      objects.get(g).add(table.object(a));
      posts.get(g).putIfAbsent(facts.postId(a), a);
      posts.get(g).putIfAbsent(facts.postId(b), b);
    }
    List<CoordinatedGroup> out = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      out.add(group(g, network, table, objects.get(g).size(), posts.get(g), facts));
    }
    return List.copyOf(out);
  }

  private static CoordinatedGroup group(int g, CoordinationNetwork network, ShareTable table, int objects,
      Map<String, Integer> posts, ShareFacts facts) {
    List<String> accounts = List.copyOf(network.groups().get(g));
    Map<String, Long> langs = new HashMap<>();
    Map<String, Long> stances = new HashMap<>();
    Map<String, Long> frames = new HashMap<>();
    TreeMap<Long, List<String>> byTime = new TreeMap<>();
    for (Map.Entry<String, Integer> e : posts.entrySet()) {
      int row = e.getValue();
      String lang = facts.language(row);
      langs.merge(lang == null ? "und" : lang, 1L, Long::sum);
      facts.stances(row).forEach(s -> stances.merge(s, 1L, Long::sum));
      facts.frames(row).forEach(f -> frames.merge(f, 1L, Long::sum));
      byTime.computeIfAbsent(table.time(row), t -> new ArrayList<>()).add(e.getKey());
    }
    List<String> examples = new ArrayList<>();
    byTime.values().forEach(ids -> ids.stream().sorted().forEach(id -> {
      if (examples.size() < TOP) {
        examples.add(id);
      }
    }));
    Instant first = byTime.isEmpty() ? null : Instant.ofEpochSecond(byTime.firstKey());
    Instant last = byTime.isEmpty() ? null : Instant.ofEpochSecond(byTime.lastKey());
    int component = accounts.isEmpty() ? -1 : network.componentOf(accounts.get(0));
    return new CoordinatedGroup(g, component, accounts, objects, posts.size(), first, last, top(langs), top(stances),
        top(frames), List.copyOf(examples));
  }

  /** The most frequent keys, ties by key, at most {@link #TOP}. */
  static Map<String, Long> top(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
