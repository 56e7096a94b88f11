package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void nearestRankOfKnownValues() {
    double[] v = {15, 20, 35, 40, 50};
    assertThat(Percentiles.nearestRank(v, 0.05)).isEqualTo(15);
    assertThat(Percentiles.nearestRank(v, 0.30)).isEqualTo(20);
    assertThat(Percentiles.nearestRank(v, 0.40)).isEqualTo(20);
    assertThat(Percentiles.nearestRank(v, 0.50)).isEqualTo(35);
    assertThat(Percentiles.nearestRank(v, 1.0)).isEqualTo(50);
    assertThat(Percentiles.nearestRank(new double[0], 0.95)).isZero();
  }

  @Property
  void isAMeasuredValueWithAtLeastPOfValuesAtOrBelowIt(@ForAll @Size(min = 1, max = 50) double[] values,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double p) {
    double r = Percentiles.nearestRank(values, p);
    assertThat(values).contains(r);
    long atOrBelow = Arrays.stream(values).filter(x -> x <= r).count();
    assertThat((double) atOrBelow).isGreaterThanOrEqualTo(p * values.length - 1e-9);
  }
}
