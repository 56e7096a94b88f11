package dev.chorus.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.classify.ModelCard;
import dev.chorus.hash.Sha256;
import dev.chorus.models.ModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training per-target stance models into a models folder, with the cards the CLI prints and the server lists. */
class StanceTrainingTest {
  static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  @TempDir Path dir;
  Path labels;
  StanceTraining training;

  @BeforeEach
  void writeLabels() throws IOException {
    labels = dir.resolve("labels.csv");
    try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(labels), CSVFormat.DEFAULT)) {
      p.printRecord("text", "target", "stance");
      for (StanceExample e : StanceFixtures.examples()) {
        p.printRecord(e.text(), e.target(), e.stance());
      }
    }
    training = new StanceTraining(new ModelRegistry(dir.resolve("models")).stance(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  StanceTraining.Options options(String target, double threshold, int folds) {
    return new StanceTraining.Options(labels, StanceFormat.CSV, target, StanceTraining.DEFAULT_SETTINGS,
        StanceModelling.PER_TARGET, threshold, folds);
  }

  @Test
  void oneModelAndCardPerTargetTracedToTheLabelFile() throws IOException {
    StanceTraining.Result r = training.train(options(null, 0.6, 3));
    assertThat(r.examples()).isEqualTo(72);
    assertThat(r.modelsDir()).isEqualTo(dir.resolve("models/stance"));
    assertThat(r.cards()).extracting(ModelCard::name).containsExactly("stance:solar-power", "stance:اللقاح");
    ModelCard solar = r.cards().get(0);
    assertThat(solar.trainingFile()).isEqualTo(labels.getFileName().toString()); // no folders of the analyst's
    assertThat(solar.trainingSha256()).isEqualTo(Sha256.hex(labels));
    assertThat(solar.examples()).isEqualTo(36);
    assertThat(solar.labelCounts()).isEqualTo(Map.of("against", 12, "favor", 12, "none", 12));
    assertThat(solar.trainedAt()).isEqualTo(NOW);
    assertThat(solar.threshold()).isEqualTo(0.6);
    assertThat(solar.crossValidation().keySet()).as("sorted, the same on every run")
        .containsExactly("f_avg", "folds", "macro_f1");
    assertThat(solar.crossValidation()).containsEntry("folds", 3.0);
    assertThat(solar.settings()).isEqualTo(StanceTraining.DEFAULT_SETTINGS);
    assertThat(ModelCard.load(dir.resolve("models/stance/solar-power.card.json"))).isEqualTo(solar);
    assertThat(solar.modelSha256()).isEqualTo(Sha256.hex(dir.resolve("models/stance/solar-power.model")));
  }

  @Test
  void tunedTrainingRecordsTheChosenSettingAndTheDevelopmentEstimateInEachCard() throws IOException {
    StanceTraining.Result r = training.train(new StanceTraining.Options(labels, StanceFormat.CSV, null,
        StanceTraining.DEFAULT_SETTINGS, StanceTraining.DEFAULT_MODELLING, 0.5, 0, StanceTuning.Scope.PER_TARGET,
        true));
    ModelCard solar = r.cards().get(0);
    assertThat(solar.development().protocol()).contains("blocked by position");
    assertThat(StanceCandidate.grid()).extracting(StanceCandidate::name).contains(solar.development().chosen());
    assertThat(solar.development().estimate()).containsKeys("f_avg", "ci95_low", "ci95_high", "target_f_avg")
        .containsEntry("target_n", 9.0);
    assertThat(solar.development().reliability().ece()).isBetween(0.0, 1.0);
    // the tuning's inner split fits a temperature (these made-up posts are easy: confidences are sharpened, < 1)
    assertThat(solar.temperature()).isNotNull().isBetween(0.5, 4.0).isNotEqualTo(1.0);
    assertThat(ModelCard.load(dir.resolve("models/stance/solar-power.card.json"))).isEqualTo(solar);
  }

  @Test
  void oneTargetByNameAndNoCrossValidation() throws IOException {
    StanceTraining.Result r = training.train(options("Solar Power", 0.5, 0));
    assertThat(r.examples()).isEqualTo(36);
    assertThat(r.cards()).singleElement().satisfies(c -> assertThat(c.crossValidation()).isEmpty());
    assertThat(new ModelRegistry(dir.resolve("models")).stance().ids()).containsExactly("solar-power");
  }

  @Test
  void anUnknownTargetAndABadThresholdAreErrorsSayingWhatIsWrong() {
    assertThatThrownBy(() -> training.train(options("Wind Power", 0.5, 0)))
        .hasMessageContaining("labels.csv").hasMessageContaining("no posts for target 'Wind Power'")
        .hasMessageContaining("Solar Power");
    assertThatThrownBy(() -> options(null, 1.5, 0)).hasMessageContaining("must be in [0,1], got 1.5");
  }
}
