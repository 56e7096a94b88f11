package dev.chorus.analysis.coordination.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.analysis.coordination.coortweet.CoortweetDetector;
import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CoordinationNetworkTest {

  /** a-b co-share three objects, c-d two, a-c one, e-f one (twice on the same object: counts once). */
  static ShareTable table() {
    ShareTable.Builder b = ShareTable.builder();
    int n = 0;
    for (String[] pair : new String[][] {{"a", "b"}, {"a", "b"}, {"a", "b"}, {"c", "d"}, {"c", "d"}, {"a", "c"}}) {
      b.add("o" + n, pair[0], "p" + n + "x", 1000L * n).add("o" + n, pair[1], "p" + n + "y", 1000L * n + 5);
      n++;
    }
    b.add("o99", "e", "e1", 50_000).add("o99", "f", "f1", 50_001).add("o99", "e", "e2", 50_002);
    return b.build();
  }

  static CoShareAccumulator accumulate(ShareTable t) throws IOException {
    CoShareAccumulator acc = new CoShareAccumulator(t);
    new CoortweetDetector().detect(t, new DetectionParameters(60, 0, true), acc);
    return acc;
  }

  @Test
  void edgeWeightsCountDistinctObjects() throws IOException {
    ShareTable t = table();
    CoordinationNetwork all = CoordinationNetwork.build(t, accumulate(t), WeightThreshold.atLeast(1),
        CommunityAlgorithm.NONE);
    assertThat(all.graph().edgeSet()).hasSize(4);
    assertThat(all.graph().getEdgeWeight(all.graph().getEdge("a", "b"))).isEqualTo(3.0);
    assertThat(all.graph().getEdgeWeight(all.graph().getEdge("e", "f"))).isEqualTo(1.0);
    assertThat(all.components()).isEqualTo(2);
    assertThat(all.groups().get(0)).containsExactly("a", "b", "c", "d");
  }

  @Test
  void absoluteThresholdDropsWeakEdgesAndTheirLonelyAccounts() throws IOException {
    ShareTable t = table();
    CoordinationNetwork net = CoordinationNetwork.build(t, accumulate(t), WeightThreshold.atLeast(2),
        CommunityAlgorithm.GREEDY_MODULARITY);
    assertThat(net.graph().vertexSet()).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(net.edgesBeforeThreshold()).isEqualTo(4);
    assertThat(net.groups()).hasSize(2);
    assertThat(net.groupOf("a")).isEqualTo(net.groupOf("b")).isNotEqualTo(net.groupOf("c"));
    assertThat(net.groupOf("e")).isEqualTo(-1);
  }

  @Test
  void aCliqueIsOneGreedyModularityGroupAndTwoCliquesJoinedByOneEdgeAreTwo() throws IOException {
    ShareTable.Builder b = ShareTable.builder();
    int n = 0;
    for (String[] clique : new String[][] {{"a", "b", "c", "d"}, {"w", "x", "y", "z"}}) {
      for (int rep = 0; rep < 3; rep++, n++) {
        for (int m = 0; m < clique.length; m++) {
          b.add("o" + n, clique[m], "p" + n + clique[m], 1000L * n + m);
        }
      }
    }
    b.add("bridge1", "d", "q1", 90_000).add("bridge1", "w", "q2", 90_001);
    b.add("bridge2", "d", "q3", 95_000).add("bridge2", "w", "q4", 95_001);
    b.add("bridge3", "d", "q5", 99_000).add("bridge3", "w", "q6", 99_001);
    ShareTable t = b.build();
    CoordinationNetwork both = CoordinationNetwork.build(t, accumulate(t), WeightThreshold.atLeast(2),
        CommunityAlgorithm.GREEDY_MODULARITY);
    assertThat(both.components()).isEqualTo(1);
    assertThat(both.groups()).hasSize(2);
    assertThat(both.groups().get(0)).containsExactly("a", "b", "c", "d");
    ShareTable.Builder one = ShareTable.builder();
    for (int rep = 0; rep < 3; rep++) {
      for (String m : new String[] {"a", "b", "c"}) {
        one.add("o" + rep, m, "p" + rep + m, 1000L * rep);
      }
    }
    ShareTable t1 = one.build();
    CoordinationNetwork triangle = CoordinationNetwork.build(t1, accumulate(t1), WeightThreshold.atLeast(2),
        CommunityAlgorithm.GREEDY_MODULARITY);
    assertThat(triangle.groups()).containsExactly(java.util.Set.of("a", "b", "c"));
  }

  @Test
  void quantileThresholdFollowsRType7() {
    assertThat(WeightThreshold.quantile(0.5).resolve(new int[] {1, 1, 2, 3})).isEqualTo(1.5);
    assertThat(WeightThreshold.quantile(1).resolve(new int[] {3, 1, 2})).isEqualTo(3.0);
    assertThat(WeightThreshold.quantile(0).resolve(new int[] {})).isEqualTo(0.0);
    assertThatThrownBy(() -> WeightThreshold.quantile(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--weight-quantile");
  }

  @Test
  void labelPropagationIsReproducible() throws IOException {
    ShareTable t = table();
    CoordinationNetwork one = CoordinationNetwork.build(t, accumulate(t), WeightThreshold.atLeast(1),
        CommunityAlgorithm.LABEL_PROPAGATION);
    CoordinationNetwork two = CoordinationNetwork.build(t, accumulate(t), WeightThreshold.atLeast(1),
        CommunityAlgorithm.LABEL_PROPAGATION);
    assertThat(one.groups()).isEqualTo(two.groups());
  }

  /**
   * A chain of accounts longer than greedy modularity splits within a budget: in a request with a budget (the
   * server) label propagation finds the groups, and the network says so; without one (the CLI) greedy runs.
   */
  @Test
  void aComponentTooLargeForTheBudgetIsSplitByLabelPropagation() throws Exception {
    ShareTable.Builder b = ShareTable.builder();
    int accounts = CoordinationNetwork.GREEDY_MAX_IN_BUDGET + 1;
    for (int i = 0; i + 1 < accounts; i++) { // account i and i+1 co-share an object: one component of a chain
      b.add("o" + i, "acc" + i, "p" + i + "a", 1000L * i).add("o" + i, "acc" + (i + 1), "p" + i + "b", 1000L * i + 1);
    }
    ShareTable t = b.build();
    CoShareAccumulator acc = accumulate(t);
    CoordinationNetwork served = dev.chorus.store.QueryBudget.within(java.time.Duration.ofMinutes(5), System::nanoTime,
        () -> CoordinationNetwork.build(t, acc, WeightThreshold.atLeast(1), CommunityAlgorithm.GREEDY_MODULARITY));
    assertThat(served.largestComponent()).isEqualTo(accounts);
    assertThat(served.communityUsed()).isEqualTo(CommunityAlgorithm.LABEL_PROPAGATION);
    CoordinationNetwork small = dev.chorus.store.QueryBudget.within(java.time.Duration.ofMinutes(5), System::nanoTime,
        () -> CoordinationNetwork.build(table(), accumulate(table()), WeightThreshold.atLeast(1),
            CommunityAlgorithm.GREEDY_MODULARITY));
    assertThat(small.communityUsed()).isEqualTo(CommunityAlgorithm.GREEDY_MODULARITY);
  }
}
