package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {
  static final List<String> POLAR = List.of("favor", "against");

  /** Adds n outcomes (gold, predicted) in group g. */
  static void add(List<Outcome> l, int n, String gold, String pred, String g) {
    for (int i = 0; i < n; i++) {
      l.add(new Outcome(gold, pred, g));
    }
  }

  /**
   * Confusion (rows gold, columns predicted: favor, against, none): favor 8 1 1 / against 2 6 2 / none 0 2 8.
   * favor: P 8/10, R 8/10, F1 0.8. against: P 6/9, R 6/10, F1 2·(2/3)(3/5)/(2/3+3/5) = 12/19. none: P 8/11, R 8/10,
   * F1 16/21. F_avg = (0.8 + 12/19) / 2.
   */
  static List<Outcome> confusion(String group) {
    List<Outcome> l = new ArrayList<>();
    add(l, 8, "favor", "favor", group);
    add(l, 1, "favor", "against", group);
    add(l, 1, "favor", "none", group);
    add(l, 2, "against", "favor", group);
    add(l, 6, "against", "against", group);
    add(l, 2, "against", "none", group);
    add(l, 2, "none", "against", group);
    add(l, 8, "none", "none", group);
    return l;
  }

  @Test
  void perClassScoresAndFAvgMatchAHandComputedConfusion() {
    List<Outcome> o = confusion("a");
    assertThat(ClassificationMetrics.scores(o, "favor").f1()).isCloseTo(0.8, within(1e-12));
    assertThat(ClassificationMetrics.scores(o, "against").precision()).isCloseTo(6.0 / 9, within(1e-12));
    assertThat(ClassificationMetrics.scores(o, "against").f1()).isCloseTo(12.0 / 19, within(1e-12));
    assertThat(ClassificationMetrics.scores(o, "none").f1()).isCloseTo(16.0 / 21, within(1e-12));
    assertThat(ClassificationMetrics.fAvgPooled(o, POLAR)).isCloseTo((0.8 + 12.0 / 19) / 2, within(1e-12));
    assertThat(ClassificationMetrics.macroF1(o, List.of("favor", "against", "none")))
        .isCloseTo((0.8 + 12.0 / 19 + 16.0 / 21) / 3, within(1e-12));
  }

  @Test
  void perGroupFAvgAveragesGroupsWhilePooledDoesNot() {
    List<Outcome> o = new ArrayList<>(confusion("a"));
    add(o, 5, "favor", "favor", "b"); // group b: favor F1 1, against never present nor predicted: F1 0
    assertThat(ClassificationMetrics.fAvgPerGroup(o, POLAR)).isCloseTo(((0.8 + 12.0 / 19) / 2 + 0.5) / 2,
        within(1e-12));
    double favorPooled = 2.0 * 13 / (15 + 15); // 13 right of 15 predicted, 15 gold
    assertThat(ClassificationMetrics.fAvgPooled(o, POLAR)).isCloseTo((favorPooled + 12.0 / 19) / 2, within(1e-12));
  }

  @Test
  void bootstrapIntervalIsReproducibleAndBracketsTheEstimate() {
    List<Outcome> o = confusion("a");
    double[] a = ClassificationMetrics.bootstrap95(o, l -> ClassificationMetrics.fAvgPooled(l, POLAR), 500, 7);
    double[] b = ClassificationMetrics.bootstrap95(o, l -> ClassificationMetrics.fAvgPooled(l, POLAR), 500, 7);
    assertThat(a).containsExactly(b);
    assertThat(a[0]).isLessThan(ClassificationMetrics.fAvgPooled(o, POLAR)).isLessThan(a[1]);
  }
}
