package dev.chorus.analysis;

import dev.chorus.analysis.coordination.CoordinationReport;
import dev.chorus.analysis.coordination.network.CoordinatedGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * A {@link CoordinationReport} as the API shows it: the parameters and totals, the largest groups, and the network
 * of those groups' accounts (pseudonyms only) as nodes and weighted edges for a graph view. The network is cut to the
 * listed groups, at most {@link #MAX_NODES} accounts, so that a large collection cannot produce a response no
 * browser can draw; {@code nodes_total} and {@code edges_total} say how large it was.
 */
public record CoordinationView(String by, long timeWindow, int minParticipation, double minWeight, double similarity,
    String community, long posts, long shares, long pairs, long accounts, long objects, int edgesBeforeThreshold,
    int nodesTotal, int edgesTotal, int components, double modularity, int groupCount, List<CoordinatedGroup> groups,
    List<Node> nodes, List<Edge> edges, double seconds,
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    List<FilterWarnings.Warning> warnings) {
  public static final int MAX_NODES = 1500;

  /** An account of the network: its pseudonym, group, number of neighbours and summed edge weight. */
  public record Node(String id, int group, int degree, double strength) {}

  /** Two accounts that co-shared {@code weight} distinct objects within the window. */
  public record Edge(String source, String target, double weight) {}

  public static CoordinationView of(CoordinationReport r, int groupsShown) {
    Graph<String, DefaultWeightedEdge> g = r.network().graph();
    List<CoordinatedGroup> groups = r.groups().subList(0, Math.min(groupsShown, r.groups().size()));
    List<Node> nodes = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (CoordinatedGroup group : groups) {
      if (nodes.size() + group.accounts().size() > MAX_NODES) {
        break;
      }
      for (String account : group.accounts()) {
        double strength = g.edgesOf(account).stream().mapToDouble(g::getEdgeWeight).sum();
        nodes.add(new Node(account, group.id(), g.degreeOf(account), strength));
        shown.add(account);
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (DefaultWeightedEdge e : g.edgeSet()) {
      String a = g.getEdgeSource(e);
      String b = g.getEdgeTarget(e);
      if (shown.contains(a) && shown.contains(b)) {
        edges.add(new Edge(a, b, g.getEdgeWeight(e)));
      }
    }
    return new CoordinationView(r.request().by().id(), r.request().timeWindow(), r.request().minParticipation(),
        r.network().minWeight(), r.request().similarity(), r.network().communityUsed().id(), r.posts(), r.shares(),
        r.detection().pairs(), r.detection().accounts(), r.detection().objects(), r.network().edgesBeforeThreshold(),
        g.vertexSet().size(), g.edgeSet().size(), r.network().components(),
        Math.round(r.network().modularity() * 1000) / 1000.0, r.groups().size(), groups, nodes, edges,
        Math.round(r.seconds() * 1000) / 1000.0, warnings(r));
  }

  /** Said when the groups were found otherwise than asked (a component too large for the server's budget). */
  private static List<FilterWarnings.Warning> warnings(CoordinationReport r) {
    if (r.network().communityUsed() == r.request().community()) {
      return List.of();
    }
    return List.of(new FilterWarnings.Warning("community", r.request().community().id(), "the largest component has "
        + r.network().largestComponent() + " accounts, more than " + r.request().community().id()
        + " can split within the server's time budget: its groups were found by "
        + r.network().communityUsed().id() + "; run 'chorus coordination' for " + r.request().community().id()));
  }
}
