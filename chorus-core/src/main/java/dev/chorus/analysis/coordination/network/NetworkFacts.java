package dev.chorus.analysis.coordination.network;

import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * What the network exports say about each account and edge beyond the graph itself: an account's posts among the
 * shares, its cohort and majority stance; an edge's first and last co-share. Only the network's accounts and kept
 * edges are described. Immutable once built.
 */
public final class NetworkFacts {
  /**
   * One account of the network.
   *
   * @param posts distinct posts of the account that shared an object of the analysis
   * @param cohort the codebook cohort most of those posts carry (ties by id), or null
   * @param stance the most frequent stance label of those posts as {@code target:value} (ties by name), or null
   * @param stanceShare the share of the account's posts that carry {@code stance}, 0 without one
   */
  public record Account(int posts, String cohort, String stance, double stanceShare) {}

  /** The first and last share of any coordinated pair of an edge's two accounts. */
  public record Span(Instant first, Instant last) {}

  private final Map<String, Account> accounts;
  private final Map<DefaultWeightedEdge, Span> spans;

  private NetworkFacts(Map<String, Account> accounts, Map<DefaultWeightedEdge, Span> spans) {
    this.accounts = Map.copyOf(accounts);
    this.spans = Map.copyOf(spans);
  }

  /** The facts of the network's accounts and edges from the share table and the coordinated pairs behind them. */
  public static NetworkFacts of(CoordinationNetwork network, ShareTable table, CoShareAccumulator pairs,
      ShareFacts facts) {
    Graph<String, DefaultWeightedEdge> g = network.graph();
    Map<String, Map<String, Integer>> postsOf = new HashMap<>();
    for (int row = 0; row < table.size(); row++) {
      String account = table.name(table.account(row));
      if (g.containsVertex(account)) {
        postsOf.computeIfAbsent(account, a -> new HashMap<>()).putIfAbsent(facts.postId(row), row);
      }
    }
    Map<String, Account> accounts = new HashMap<>();
    postsOf.forEach((account, posts) -> accounts.put(account, account(posts.values(), facts)));
    return new NetworkFacts(accounts, spans(g, table, pairs));
  }

  private static Account account(Iterable<Integer> rows, ShareFacts facts) {
    Map<String, Long> cohorts = new HashMap<>();
    Map<String, Long> stances = new HashMap<>();
    int posts = 0;
    for (int row : rows) {
      posts++;
      facts.cohorts(row).forEach(c -> cohorts.merge(c, 1L, Long::sum));
      facts.stances(row).stream().distinct().forEach(s -> stances.merge(s, 1L, Long::sum));
    }
    String cohort = first(cohorts);
    String stance = first(stances);
    double share = stance == null ? 0 : Math.round(1000.0 * stances.get(stance) / posts) / 1000.0;
    return new Account(posts, cohort, stance, share);
  }

  private static String first(Map<String, Long> counts) {
    return GroupStatistics.top(counts).keySet().stream().findFirst().orElse(null);
  }

  private static Map<DefaultWeightedEdge, Span> spans(Graph<String, DefaultWeightedEdge> g, ShareTable table,
      CoShareAccumulator pairs) {
    Map<DefaultWeightedEdge, long[]> times = new HashMap<>();
    for (int p = 0; p < pairs.pairCount(); p++) {
      int a = pairs.earlierRow(p);
      int b = pairs.laterRow(p);
      DefaultWeightedEdge e = g.getEdge(table.name(table.account(a)), table.name(table.account(b)));
      if (e == null) {
        continue; // below the threshold, or not an edge of the network
      }
      long[] t = times.computeIfAbsent(e, k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
      t[0] = Math.min(t[0], Math.min(table.time(a), table.time(b)));
      t[1] = Math.max(t[1], Math.max(table.time(a), table.time(b)));
    }
    Map<DefaultWeightedEdge, Span> out = new HashMap<>();
    times.forEach((e, t) -> out.put(e, new Span(Instant.ofEpochSecond(t[0]), Instant.ofEpochSecond(t[1]))));
    return out;
  }

  /** The facts of an account of the network; an account without shares (none in practice) has 0 posts. */
  public Account account(String name) {
    return accounts.getOrDefault(name, new Account(0, null, null, 0));
  }

  /** The span of an edge of the network, or null when no pair is known for it. */
  public Span span(DefaultWeightedEdge edge) {
    return spans.get(edge);
  }

  /** For a network built without share facts: every account 0 posts, no spans. */
  public static NetworkFacts none() {
    return new NetworkFacts(Map.of(), Map.of());
  }
}
