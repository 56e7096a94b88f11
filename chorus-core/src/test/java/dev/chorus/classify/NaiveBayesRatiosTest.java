package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import org.junit.jupiter.api.Test;

class NaiveBayesRatiosTest {
  private static Feature f(int index, double value) {
    return new FeatureNode(index, value);
  }

  /**
   * Class 0: {f1}, {f1, f2}; class 1: {f2}, {f2 (count 3)}. With α = 1: positive counts (3, 2) of 5, negative (1, 3)
   * of 4, so r1 = log(3/5 ÷ 1/4) = log(12/5) and r2 = log(2/5 ÷ 3/4) = log(8/15). Presence counts, not values; a
   * zero value and an index beyond the feature count are ignored.
   */
  @Test
  void logCountRatiosOfAHandExample() {
    Feature[][] x = {{f(1, 0.7)}, {f(1, 0.2), f(2, 0.9)}, {f(2, 1), f(3, 5)}, {f(1, 0), f(2, 3)}};
    int[] y = {0, 0, 1, 1};
    double[] r = NaiveBayesRatios.fit(x, y, 0, 2, 1.0);
    assertThat(r).hasSize(2);
    assertThat(r[0]).isCloseTo(Math.log(12.0 / 5), within(1e-12));
    assertThat(r[1]).isCloseTo(Math.log(8.0 / 15), within(1e-12));
    double[] other = NaiveBayesRatios.fit(x, y, 1, 2, 1.0);
    assertThat(other[0]).isCloseTo(-Math.log(12.0 / 5), within(1e-12));
  }

  @Test
  void nbSvmLearnsWhichFeatureMarksEachClass() {
    Feature[][] x = new Feature[30][];
    int[] y = new int[30];
    for (int i = 0; i < 30; i++) {
      y[i] = i % 3;
      x[i] = new Feature[] {f(1 + y[i], 1), f(4, 1)}; // feature 4 is in every text: no evidence
    }
    LinearScorer s = new LinearFit(de.bwaldvogel.liblinear.SolverType.L2R_L2LOSS_SVC_DUAL, true, 0.1, true, 42)
        .fit(x, y, 3, 4);
    for (int c = 0; c < 3; c++) {
      double[] scores = s.scores(new Feature[] {f(1 + c, 1), f(4, 1)});
      for (int other = 0; other < 3; other++) {
        if (other != c) {
          assertThat(scores[c]).isGreaterThan(scores[other]);
        }
      }
    }
    // the feature in every text carries less weight than the one that marks the class
    assertThat(Math.abs(s.weights(0)[3])).isLessThan(Math.abs(s.weights(0)[0]));
  }
}
