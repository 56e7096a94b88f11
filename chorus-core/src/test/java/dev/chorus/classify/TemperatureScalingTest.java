package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Temperature scaling: fitted by log-loss, and a tempered model keeps its labels. */
class TemperatureScalingTest {
  @Test
  void overConfidentProbabilitiesAreFlattenedAndHonestOnesKept() {
    Random r = new Random(7);
    List<double[]> said = new ArrayList<>();
    int[] overGold = new int[2000];
    int[] honestGold = new int[2000];
    for (int i = 0; i < 2000; i++) {
      said.add(new double[] {0.95, 0.05});
      overGold[i] = r.nextDouble() < 0.75 ? 0 : 1; // says 0.95, right 75% of the time
      honestGold[i] = r.nextDouble() < 0.95 ? 0 : 1;
    }
    assertThat(TemperatureScaling.fit(said, overGold)).isGreaterThan(1.5);
    assertThat(TemperatureScaling.fit(said, honestGold)).isBetween(0.9, 1.1);
    assertThat(TemperatureScaling.fit(List.of(), new int[0])).isEqualTo(1.0);
    assertThat(TemperatureScaling.fit(List.of(new double[] {0.5, 0.5}), new int[] {-1})).isEqualTo(1.0);
  }

  @Property
  void temperingKeepsTheMostProbableClassAndMovesTowardUniform(
      @ForAll @Size(min = 2, max = 5) List<@DoubleRange(min = -5, max = 5) Double> scores,
      @ForAll @DoubleRange(min = 1.01, max = 4) double t) {
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    SoftmaxCalibration c = new SoftmaxCalibration(new double[] {1.3}, new double[s.length]);
    double[] p = c.apply(new double[][] {s});
    double[] q = c.tempered(t).apply(new double[][] {s});
    int best = argmax(p);
    assertThat(q[best]).isLessThanOrEqualTo(p[best] + 1e-12);
    for (int k = 0; k < s.length; k++) {
      if (p[k] < p[best] - 1e-9) {
        assertThat(q[k]).isLessThan(q[best]);
      }
    }
  }

  @Test
  void aTemperedClassifierKeepsItsLabelsAndOneWithDecisionWeightsRefuses() {
    List<LabeledText> data = new ArrayList<>();
    String[] a = {"close the border", "stop the boats", "no more refugees", "build the wall"};
    String[] f = {"welcome refugees", "open the border", "refugees welcome here", "help the boats"};
    for (int r = 0; r < 4; r++) {
      for (int i = 0; i < 4; i++) {
        data.add(new LabeledText(a[i] + " " + r, "against"));
        data.add(new LabeledText(f[i] + " " + r, "favor"));
      }
    }
    TextClassifier plain = new ClassifierTrainer(TrainingSettings.standard()).train(data);
    TextClassifier flat = plain.tempered(2);
    assertThat(plain.tempered(1)).isSameAs(plain);
    for (String text : List.of("close the border now", "welcome the boats", "weather")) {
      assertThat(flat.predict(text).label()).isEqualTo(plain.predict(text).label());
      assertThat(flat.predict(text).confidence()).isLessThanOrEqualTo(plain.predict(text).confidence());
    }
    assertThat(plain.picksMostProbable()).isTrue();
    TextClassifier weighted = plain.withRawDecision(); // decision weights exp(-bias), not all 1
    assertThat(weighted.picksMostProbable()).isFalse();
    assertThatThrownBy(() -> weighted.tempered(2)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("decision weights");
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }
}
