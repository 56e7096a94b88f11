package dev.chorus.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.classify.TrainingSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The development protocol on the made-up posts: blocked outer split, nested tuning, the simplest within noise. */
class StanceDevProtocolTest {
  static final StanceDataset DATA = new StanceDataset(Path.of("fixture.csv"), StanceFixtures.examples(), 0);

  @Test
  void theEstimateScoresOnlyTheLastQuarterOfEachTargetWithSettingsChosenOnTheRest() {
    StanceDevReport r = new StanceDevProtocol(new StanceTuning(StanceCandidate.grid(),
        StanceTuning.Scope.PER_TARGET, StanceFormat.CSV), StanceFormat.CSV).estimate(DATA);
    assertThat(r.scores().mode()).isEqualTo("dev-blocked");
    assertThat(r.scores().n()).as("9 of each target's 36 posts").isEqualTo(18);
    assertThat(r.trainN()).isEqualTo(54);
    assertThat(r.scores().fAvg()).isBetween(0.0, 1.0);
    assertThat(r.scores().ci95()[0]).isLessThanOrEqualTo(r.scores().fAvg());
    assertThat(r.protocol()).contains("first 75%").contains("nested tuning");
    List<String> names = StanceCandidate.grid().stream().map(StanceCandidate::name).toList();
    assertThat(r.chosen()).containsOnlyKeys("solar-power", "اللقاح");
    r.chosen().values().forEach(c -> {
      assertThat(names).contains(c.setting());
      assertThat(c.innerFAvg()).isGreaterThanOrEqualTo(c.innerBest() - c.innerSe() - 1e-9);
    });
    assertThat(r.reliability().bins()).isNotEmpty();
  }

  @Test
  void aFixedSettingIsMeasuredWithoutTuningAndTheLaterFileIsScoredWhole() {
    StanceTuning fixed = StanceTuning.of(null, StanceTraining.DEFAULT_SETTINGS.withSolver(TrainingSettings.Solver.SVM),
        StanceModelling.PER_TARGET, StanceFormat.CSV);
    StanceDataset later = new StanceDataset(Path.of("later.csv"), DATA.examples().subList(0, 10), 0);
    StanceDevReport r = new StanceDevProtocol(fixed, StanceFormat.CSV).laterFile(DATA, later);
    assertThat(r.scores().n()).isEqualTo(10);
    assertThat(r.chosen().values()).allSatisfy(c -> {
      assertThat(c.setting()).isEqualTo("fixed");
      assertThat(c.innerFAvg()).isNull();
    });
  }

  @Test
  void theOneStandardErrorRuleKeepsTheSimplestSettingWithinNoiseOfTheBest() {
    double[] score = {0.60, 0.70, 0.66, 0.71};
    int[] complexity = {0, 3, 1, 2};
    assertThat(dev.chorus.classify.OneStandardErrorRule.simplestWithin(score, 0.05, complexity)).as("0.66 is within 0.05 of 0.71").isEqualTo(2);
    assertThat(dev.chorus.classify.OneStandardErrorRule.simplestWithin(score, 0.0, complexity)).isEqualTo(3);
    assertThat(dev.chorus.classify.OneStandardErrorRule.simplestWithin(score, 0.2, complexity)).isEqualTo(0);
  }
}
