package dev.chorus.annotate.stance;

import dev.chorus.post.AnnotationKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TextClassifier;
import dev.chorus.classify.TrainingSettings;
import dev.chorus.hash.Sha256;
import dev.chorus.models.ModelRegistry;
import dev.chorus.models.ModelStore;
import dev.chorus.post.Label;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceModelsTest {
  @TempDir Path dir;
  static final TrainingSettings SETTINGS = TrainingSettings.standard();
  static final List<String> PROBES = List.of("solar panels are great", "solar is a scam", "my cat sleeps",
      "اللقاح آمن", "اللقاح خطير", "الجو جميل", "", "🙂 #SemST");

  @Test
  void crossValidationIsDeterministicAndLearnsTheFixture() {
    StanceDataset d = new StanceDataset(dir, StanceFixtures.examples(), 0);
    StanceEvaluation eval = new StanceEvaluation(SETTINGS, StanceFormat.MAWQIF);
    StanceReport a = eval.crossValidate(d, 3);
    StanceReport b = eval.crossValidate(d, 3);
    assertThat(a.fAvg()).isEqualTo(b.fAvg());
    assertThat(a.ci95()).containsExactly(b.ci95());
    assertThat(a.perTarget()).isEqualTo(b.perTarget());
    assertThat(a.n()).isEqualTo(StanceFixtures.examples().size());
    assertThat(a.fAvg()).isGreaterThan(0.45); // chance is about 1/3 on this balanced fixture
  }

  @Test
  void combinedModellingCrossValidatesDeterministicallyAndSavesLikeAnyModel() throws Exception {
    TrainingSettings nb = SETTINGS.withSolver(TrainingSettings.Solver.NBSVM).withC(0.1);
    StanceDataset d = new StanceDataset(dir, StanceFixtures.examples(), 0);
    StanceEvaluation eval = new StanceEvaluation(nb, StanceFormat.SEMEVAL, StanceModelling.COMBINED);
    StanceReport a = eval.crossValidate(d, 3);
    assertThat(a.fAvg()).isEqualTo(eval.crossValidate(d, 3).fAvg()).isGreaterThan(0.45);
    StanceModels models = StanceModels.train(StanceFixtures.examples(), nb, StanceModelling.COMBINED);
    assertThat(models.targets()).containsExactlyInAnyOrder("solar-power", "اللقاح");
    assertThat(models.predict("solar-power", "solar panels are great").label()).isEqualTo("favor");
    assertThat(models.predict("اللقاح", "اللقاح خطير ومضر").label()).isEqualTo("against");
    TextClassifier vaccine = models.classifier("اللقاح");
    for (String p : PROBES) {
      assertThat(TextClassifier.load(save(vaccine)).probabilities(p)).containsExactly(toFloatPrecision(vaccine, p));
    }
  }

  private Path save(TextClassifier c) throws Exception {
    Path f = dir.resolve("combined.model");
    c.save(f);
    return f;
  }

  @Test
  void stanceModellingNamesParse() {
    assertThat(StanceModelling.parse("per-target")).isEqualTo(StanceModelling.PER_TARGET);
    assertThat(StanceModelling.parse(" Combined ")).isEqualTo(StanceModelling.COMBINED);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StanceModelling.parse("both"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per-target, joint, combined");
  }

  @Test
  void saveAndLoadGiveIdenticalProbabilities() throws Exception {
    StanceModels models = StanceModels.train(StanceFixtures.examples(), SETTINGS);
    TextClassifier solar = models.classifier("solar-power");
    Path file = dir.resolve("solar-power.model");
    solar.save(file);
    TextClassifier loaded = TextClassifier.load(file);
    assertThat(loaded.labels()).isEqualTo(solar.labels());
    for (String p : PROBES) {
      assertThat(loaded.probabilities(p)).containsExactly(toFloatPrecision(solar, p));
    }
    assertThat(models.predict("solar-power", "solar panels are great").label()).isEqualTo("favor");
    assertThat(models.predict("اللقاح", "اللقاح خطير ومضر").label()).isEqualTo("against");
  }

  /** Weights are stored as floats: the loaded model is compared with the saved one after one more round trip. */
  private double[] toFloatPrecision(TextClassifier c, String text) throws Exception {
    Path f = dir.resolve("again.model");
    c.save(f);
    return TextClassifier.load(f).probabilities(text);
  }

  @Test
  void belowTheThresholdTheAnnotatorSaysUncertain() {
    StanceModels models = StanceModels.train(StanceFixtures.examples(), SETTINGS);
    var sure = new StanceAnnotator.TargetModel(models, "solar-power", 0.0);
    var never = new StanceAnnotator.TargetModel(models, "solar-power", 1.0);
    StanceAnnotator a = new StanceAnnotator(Map.of("solar-power", sure), "h");
    Label l = a.label(sure, "solar panels are great");
    assertThat(l.value()).isEqualTo("favor");
    Label u = a.label(never, "solar panels are great");
    assertThat(u.value()).isEqualTo(Label.UNCERTAIN);
    assertThat(u.confidence()).isEqualTo(l.confidence()).isLessThan(1.0);
    // every class's calibrated probability is kept, for uncertain labels too (they count toward calibrated shares)
    assertThat(u.probabilities()).isEqualTo(l.probabilities()).containsOnlyKeys("favor", "against", "none");
    assertThat(l.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-3));
    assertThat(l.probabilities().get("favor")).isCloseTo(l.confidence(), org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void factoryLoadsSavedModelsAndExplainsWhenThereAreNone() throws Exception {
    StanceAnnotatorFactory f = new StanceAnnotatorFactory();
    AnnotatorContext empty = new AnnotatorContext(null, dir.resolve("models"));
    assertThat(f.create(empty)).isEmpty();
    assertThat(f.unavailableReason(empty)).contains("chorus train stance --labels FILE");

    StanceModels models = StanceModels.train(StanceFixtures.examples(), SETTINGS);
    ModelStore store = new ModelRegistry(dir.resolve("models")).stance();
    for (String t : models.targets()) {
      store.save(t, models.classifier(t), new ModelCard("stance:" + t, "f.csv", "00", 36, Map.of("favor", 12),
          Instant.EPOCH, SETTINGS, 0.5, Map.of(), null));
    }
    var annotator = f.create(empty).orElseThrow();
    assertThat(annotator.produces()).extracting(AnnotationKey::toString).containsExactlyInAnyOrder("stance:solar-power", "stance:اللقاح");
    assertThat(annotator.requires()).containsExactly(AnnotationKey.of("lang"));
    assertThat(annotator.modelHash()).hasSize(64);
    assertThat(ModelCard.load(ModelCard.cardFile(store.modelFile("solar-power"))).modelSha256())
        .isEqualTo(Sha256.hex(store.modelFile("solar-power")));
  }
}
