package dev.chorus.analysis.camps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class JensenShannonTest {
  @Test
  void identicalMixesAreAtZeroDisjointAtOne() {
    assertThat(JensenShannon.distance(Map.of("a", 3, "b", 1), Map.of("a", 30, "b", 10))).isCloseTo(0, within(1e-12));
    assertThat(JensenShannon.distance(Map.of("a", 5), Map.of("b", 2))).isEqualTo(1.0);
  }

  @Test
  void knownValue() {
    // P = (1, 0), Q = (1/2, 1/2): JSD = (log2(4/3) + (log2(2/3) + 1) / 2) / 2 = 0.311278, distance its square root
    assertThat(JensenShannon.distance(Map.of("a", 1), Map.of("a", 1, "b", 1))).isCloseTo(0.557923, within(1e-6));
  }

  @Test
  void needsTwoNonEmptyDistributions() {
    assertThatThrownBy(() -> JensenShannon.distance(Map.of(), Map.of("a", 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void inZeroOneAndSymmetric(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 50) Integer> a,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 50) Integer> b) {
    Map<String, Integer> p = toMap(a);
    Map<String, Integer> q = toMap(b);
    if (p.values().stream().mapToInt(Integer::intValue).sum() == 0
        || q.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      return;
    }
    double d = JensenShannon.distance(p, q);
    assertThat(d).isBetween(0.0, 1.0);
    assertThat(JensenShannon.distance(q, p)).isCloseTo(d, within(1e-12));
    assertThat(JensenShannon.distance(p, p)).isCloseTo(0.0, within(1e-6));
  }

  private static Map<String, Integer> toMap(List<Integer> counts) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      m.put("f" + i, counts.get(i));
    }
    return m;
  }
}
