package dev.chorus.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.classify.HashingTestEmbedder;
import dev.chorus.classify.TextClassifier;
import dev.chorus.classify.TrainingSettings;
import dev.chorus.codebook.Codebook;
import dev.chorus.models.ModelRegistry;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stance models with the optional sentence-embedding block (the test-only embedder {@code test-hash}). */
class StanceEmbeddingsTest {
  @TempDir Path dir;

  @Test
  void theWeightIsTunedAfterTheSettingsAndReported() {
    StanceDataset data = new StanceDataset(dir.resolve("x.csv"), StanceFixtures.examples(), 0);
    StanceTuning tuning = StanceTuning.of(StanceTuning.Scope.SHARED, StanceTraining.DEFAULT_SETTINGS,
        StanceModelling.PER_TARGET, StanceFormat.CSV);
    StanceDevReport plain = new StanceDevProtocol(tuning, StanceFormat.CSV).estimate(data);
    StanceDevReport r = new StanceDevProtocol(tuning.withEmbeddings(HashingTestEmbedder.ID), StanceFormat.CSV)
        .estimate(data);
    assertThat(plain.chosen().values()).allSatisfy(c -> assertThat(c.embeddings()).isNull());
    assertThat(r.chosen().values()).allSatisfy(c -> {
      assertThat(c.embeddings().embedder()).isEqualTo(HashingTestEmbedder.ID);
      assertThat(Arrays.stream(EmbeddingWeights.WEIGHTS).boxed()).contains(c.embeddings().w());
      assertThat(c.embeddings().innerFAvg()).isNotNull();
    });
    StanceDevReport.Chosen first = r.chosen().values().iterator().next();
    StanceDevReport.Chosen before = plain.chosen().get(r.chosen().keySet().iterator().next());
    // the settings are chosen as without the block; w > 0 names it after them
    assertThat(first.setting()).startsWith(before.setting());
    assertThat(first.setting().contains("+ test-hash w=")).isEqualTo(first.embeddings().w() > 0);
  }

  @Test
  void anEmbedderNotOnTheClasspathOrJointModelsAreRefusedBeforeTraining() {
    StanceTuning tuning = StanceTuning.of(StanceTuning.Scope.SHARED, StanceTraining.DEFAULT_SETTINGS,
        StanceModelling.PER_TARGET, StanceFormat.CSV);
    assertThatThrownBy(() -> tuning.withEmbeddings("e5-nowhere")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no sentence embedder 'e5-nowhere'").hasMessageContaining(HashingTestEmbedder.ID);
    StanceTuning combined = StanceTuning.of(null, StanceTraining.DEFAULT_SETTINGS, StanceModelling.COMBINED,
        StanceFormat.CSV);
    assertThatThrownBy(() -> combined.withEmbeddings(HashingTestEmbedder.ID))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per-target models only");
  }

  @Test
  void theAnnotatorScoresWithTheBlockOfTheSavedModel() throws IOException {
    Path labels = dir.resolve("labels.csv");
    Files.writeString(labels, StanceFixtures.csv());
    TrainingSettings settings = StanceTraining.DEFAULT_SETTINGS.withSolver(TrainingSettings.Solver.SVM).withC(0.3)
        .withEmbeddings(new TrainingSettings.Embeddings(HashingTestEmbedder.ID, 2));
    new StanceTraining(new ModelRegistry(dir.resolve("models")).stance()).train(new StanceTraining.Options(labels,
        StanceFormat.CSV, null, settings, StanceModelling.PER_TARGET, 0, 0));
    TextClassifier solar = TextClassifier.load(dir.resolve("models/stance/solar-power.model"));
    assertThat(solar.settings().embeddings()).isEqualTo(settings.embeddings());
    StanceAnnotator annotator = (StanceAnnotator) new StanceAnnotatorFactory()
        .create(new AnnotatorContext(Codebook.empty(), dir.resolve("models"))).orElseThrow();
    Post post = Post.builder(Platform.X, "1").kind(PostKind.POST).author(Author.of("a", null, null))
        .createdAt(Instant.EPOCH).text("Solar panels on every roof, please").lang("en").build();
    Annotations a = annotator.annotate(post, Annotations.EMPTY);
    Label label = a.all(StanceAnnotator.KEY.forTarget("solar-power")).get(0);
    assertThat(label.confidence()).isEqualTo(solar.predict(post.titleAndText()).confidence());
  }
}
