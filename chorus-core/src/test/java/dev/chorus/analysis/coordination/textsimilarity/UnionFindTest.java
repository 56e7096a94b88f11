package dev.chorus.analysis.coordination.textsimilarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class UnionFindTest {
  @Test
  void everyElementStartsAlone() {
    UnionFind uf = new UnionFind(4);
    for (int i = 0; i < 4; i++) {
      assertThat(uf.find(i)).isEqualTo(i);
    }
  }

  @Test
  void unionsAreTransitiveAndIdempotent() {
    UnionFind uf = new UnionFind(6);
    uf.union(0, 1);
    uf.union(2, 1);
    uf.union(1, 0);
    uf.union(4, 5);
    assertThat(uf.find(2)).isEqualTo(uf.find(0)).isEqualTo(uf.find(1));
    assertThat(uf.find(4)).isEqualTo(uf.find(5)).isNotEqualTo(uf.find(0));
    assertThat(uf.find(3)).isEqualTo(3);
  }

  @Test
  void theLargerSetKeepsItsRootAndTiesGoToTheSmallerIndex() {
    UnionFind uf = new UnionFind(8);
    uf.union(7, 3);
    assertThat(uf.find(7)).as("equal sizes: the smaller root index").isEqualTo(3);
    uf.union(6, 7);
    assertThat(uf.find(6)).as("a single element joins the larger set's root").isEqualTo(3);
    uf.union(0, 1);
    uf.union(1, 3);
    assertThat(uf.find(0)).as("three elements absorb two, whatever the argument order").isEqualTo(3);
  }

  @Test
  @Timeout(10)
  void manyUnionsStayFast() {
    // a million elements joined along a chain, then in the order that would build the deepest trees without union by
    // size; path halving keeps every later find short
    int n = 1_000_000;
    UnionFind uf = new UnionFind(n);
    for (int i = n - 1; i > 0; i--) {
      uf.union(i, i - 1);
    }
    int root = uf.find(0);
    for (int i = 0; i < n; i++) {
      assertThat(uf.find(i)).isEqualTo(root);
    }
    UnionFind pairs = new UnionFind(n);
    for (int step = 1; step < n; step *= 2) {
      for (int i = 0; i + step < n; i += 2 * step) {
        pairs.union(i + step, i);
      }
    }
    assertThat(pairs.find(n - 1)).isEqualTo(pairs.find(0)).isEqualTo(0);
  }

  @Property(tries = 300)
  void sameSetExactlyWhenConnectedAndRootsReproducible(@ForAll("unions") List<int[]> unions) {
    int n = 30;
    UnionFind uf = new UnionFind(n);
    UnionFind again = new UnionFind(n);
    int[] component = new int[n]; // a naive model: relabel a whole component on each union
    Arrays.setAll(component, i -> i);
    for (int[] u : unions) {
      uf.union(u[0], u[1]);
      again.union(u[0], u[1]);
      int from = component[u[1]];
      int to = component[u[0]];
      for (int i = 0; i < n; i++) {
        if (component[i] == from) {
          component[i] = to;
        }
      }
    }
    for (int a = 0; a < n; a++) {
      assertThat(component[uf.find(a)]).as("the root is a member of the set").isEqualTo(component[a]);
      assertThat(again.find(a)).isEqualTo(uf.find(a));
      for (int b = 0; b < n; b++) {
        assertThat(uf.find(a) == uf.find(b)).isEqualTo(component[a] == component[b]);
      }
    }
  }

  @Provide
  Arbitrary<List<int[]>> unions() {
    Arbitrary<Integer> element = Arbitraries.integers().between(0, 29);
    return element.list().ofSize(2).map(p -> new int[] {p.get(0), p.get(1)}).list().ofMaxSize(40);
  }
}
