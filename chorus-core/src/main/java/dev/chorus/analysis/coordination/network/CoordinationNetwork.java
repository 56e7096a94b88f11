package dev.chorus.analysis.coordination.network;

import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The coordination network: accounts (pseudonyms) as nodes, an edge where two accounts co-shared objects within the
 * window, weighted by the number of distinct objects, only edges at or above the threshold. Groups are the
 * communities found inside connected components; group 0 is the largest. Immutable once built.
 */
public final class CoordinationNetwork {
  private static final long LABEL_PROPAGATION_SEED = 20250401L;
  /**
   * The largest component greedy modularity splits within a request's time budget. JGraphT's implementation grows
   * with about the square of a component's accounts (measured: 2,000 accounts 3.4 s, 8,000 accounts 54 s, under
   * load) and cannot be stopped midway; past this size a budgeted request (the server) splits the network by label
   * propagation instead and says so. Without a budget (the CLI) the user asked and waits.
   */
  static final int GREEDY_MAX_IN_BUDGET = 2_000;

  private final Graph<String, DefaultWeightedEdge> graph;
  private final int edgesBeforeThreshold;
  private final double minWeight;
  private final List<Set<String>> groups;
  private final Map<String, Integer> groupOf = new HashMap<>();
  private final Map<String, Integer> componentOf = new HashMap<>();
  private final int components;
  private final double modularity;
  private final CommunityAlgorithm communityUsed;
  private final int largestComponent;

  private CoordinationNetwork(Graph<String, DefaultWeightedEdge> graph, int edgesBeforeThreshold, double minWeight,
      CommunityAlgorithm algorithm) {
    this.graph = graph;
    this.edgesBeforeThreshold = edgesBeforeThreshold;
    this.minWeight = minWeight;
    List<Set<String>> comps = sortedBySize(new ConnectivityInspector<>(graph).connectedSets());
    this.components = comps.size();
    for (int c = 0; c < comps.size(); c++) {
      for (String v : comps.get(c)) {
        componentOf.put(v, c);
      }
    }
    this.largestComponent = comps.isEmpty() ? 0 : comps.get(0).size();
    this.communityUsed = algorithm == CommunityAlgorithm.GREEDY_MODULARITY
        && largestComponent > GREEDY_MAX_IN_BUDGET && dev.chorus.store.QueryBudget.current() != null
        ? CommunityAlgorithm.LABEL_PROPAGATION : algorithm;
    this.groups = sortedBySize(communities(graph, communityUsed, comps));
    for (int g = 0; g < groups.size(); g++) {
      for (String v : groups.get(g)) {
        groupOf.put(v, g);
      }
    }
    this.modularity = groups.isEmpty() ? 0 : new UndirectedModularityMeasurer<>(graph).modularity(groups);
  }

  /** Builds the thresholded network from accumulated co-share weights. */
  public static CoordinationNetwork build(ShareTable table, CoShareAccumulator acc, WeightThreshold threshold,
      CommunityAlgorithm algorithm) {
    Map<Long, int[]> weights = acc.weights();
    int[] all = weights.values().stream().mapToInt(w -> w[0]).toArray();
    double min = threshold.resolve(all);
    Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    // Sorted keys so that vertex and edge order, and hence exports and label propagation, are reproducible.
    for (Long key : new TreeSet<>(weights.keySet())) {
      int w = weights.get(key)[0];
      if (w < min) {
        continue;
      }
      String a = table.name(CoShareAccumulator.low(key));
      String b = table.name(CoShareAccumulator.high(key));
      g.addVertex(a);
      g.addVertex(b);
      g.setEdgeWeight(g.addEdge(a, b), w);
    }
    return new CoordinationNetwork(g, all.length, min, algorithm);
  }

  private static List<Set<String>> communities(Graph<String, DefaultWeightedEdge> g, CommunityAlgorithm algorithm,
      List<Set<String>> components) {
    if (g.vertexSet().isEmpty()) {
      return List.of();
    }
    return switch (algorithm) {
      case NONE -> components;
      case GREEDY_MODULARITY -> greedyModularity(g, components);
      case LABEL_PROPAGATION -> new LabelPropagationClustering<>(g, new Random(LABEL_PROPAGATION_SEED))
          .getClustering().getClusters();
    };
  }

  /**
   * Runs JGraphT's greedy modularity per component. In JGraphT 1.5.3 it throws NoSuchElementException when its heap
   * of merges runs empty, which in a connected graph means every vertex was merged into one community: that is the
   * answer then. Components of one edge are one community without asking.
   */
  private static List<Set<String>> greedyModularity(Graph<String, DefaultWeightedEdge> g,
      List<Set<String>> components) {
    List<Set<String>> out = new ArrayList<>();
    for (Set<String> component : components) {
      dev.chorus.store.QueryBudget.check(); // between components: the request's budget (none in the CLI)
      if (component.size() <= 2) {
        out.add(component);
        continue;
      }
      try {
        out.addAll(new GreedyModularityAlgorithm<>(new AsSubgraph<>(g, component)).getClustering().getClusters());
      } catch (java.util.NoSuchElementException allMerged) {
        out.add(component);
      }
    }
    return out;
  }

  private static List<Set<String>> sortedBySize(List<Set<String>> sets) {
    List<Set<String>> out = new ArrayList<>();
    sets.forEach(s -> out.add(Collections.unmodifiableSet(new TreeSet<>(s))));
    out.sort(Comparator.<Set<String>>comparingInt(Set::size).reversed().thenComparing(s -> s.iterator().next()));
    return List.copyOf(out);
  }

  public Graph<String, DefaultWeightedEdge> graph() {
    return graph;
  }

  public int edgesBeforeThreshold() {
    return edgesBeforeThreshold;
  }

  public double minWeight() {
    return minWeight;
  }

  public List<Set<String>> groups() {
    return groups;
  }

  /** The group of an account in the network, or -1. */
  public int groupOf(String account) {
    return groupOf.getOrDefault(account, -1);
  }

  public int componentOf(String account) {
    return componentOf.getOrDefault(account, -1);
  }

  public int components() {
    return components;
  }

  /**
   * The algorithm that found the groups: the one asked for, or label propagation where a component was too large for
   * greedy modularity within the request's budget ({@link #GREEDY_MAX_IN_BUDGET}).
   */
  public CommunityAlgorithm communityUsed() {
    return communityUsed;
  }

  /** Accounts in the largest connected component (0 for an empty network). */
  public int largestComponent() {
    return largestComponent;
  }

  /** Modularity (unweighted) of the group partition. */
  public double modularity() {
    return modularity;
  }
}
