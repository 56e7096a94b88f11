package dev.chorus.annotate.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.classify.ModelCard;
import dev.chorus.hash.Sha256;
import dev.chorus.models.ModelRegistry;
import dev.chorus.models.ModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training per-frame models into a models folder: cards, thresholds, the set replaced, frames that cannot train. */
class FrameTrainingTest {
  static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  @TempDir Path dir;

  Path labels(boolean withFrames) throws IOException {
    StringBuilder b = new StringBuilder("text,frames,lang\n");
    for (String w : new String[] {"today", "again", "now", "here", "tonight", "still", "really", "surely"}) {
      b.append("uranium enrichment bomb breakout ").append(w).append(withFrames ? ",nuclear-threat,en\n" : ",,en\n");
      b.append("another war would kill thousands ").append(w).append(withFrames ? ",avoiding-war,en\n" : ",,en\n");
      b.append("the football match ended late ").append(w).append(",,en\n");
    }
    if (withFrames) { // too few posts to learn this frame: skipped, with the reason
      b.append("they sold us out again,appeasement-betrayal,en\nthey sold us out now,appeasement-betrayal,en\n");
    }
    return Files.writeString(dir.resolve(withFrames ? "frames.csv" : "none.csv"), b.toString());
  }

  FrameTraining.Options options(Path labels, int folds) {
    return new FrameTraining.Options(labels, FrameFormat.CSV, List.copyOf(FrameModelTest.CODEBOOK),
        FrameTraining.DEFAULT_SETTINGS, folds);
  }

  @Test
  void oneCardPerFrameWithItsThresholdAndTheOldSetRemoved() throws IOException {
    ModelStore store = new ModelRegistry(dir.resolve("models")).frames();
    Path labels = labels(true);
    FrameTraining first = new FrameTraining(store, Clock.fixed(NOW, ZoneOffset.UTC));
    first.train(options(labels, 0));
    Files.move(store.modelFile("avoiding-war"), store.modelFile("stale-frame"));
    Files.move(ModelCard.cardFile(store.modelFile("avoiding-war")), ModelCard.cardFile(store.modelFile("stale-frame")));

    FrameTraining.Result r = first.train(options(labels, 3));
    assertThat(r.examples()).isEqualTo(26);
    assertThat(r.skippedFrames().get("appeasement-betrayal")).contains("2 posts with the frame");
    assertThat(r.cards()).extracting(ModelCard::name).containsExactly("frame:avoiding-war", "frame:nuclear-threat");
    ModelCard war = r.cards().get(0);
    assertThat(war.labelCounts()).containsEntry(FrameTrainer.PRESENT, 8).containsEntry(FrameTrainer.ABSENT, 18);
    assertThat(war.threshold()).isBetween(0.5, 0.9);
    assertThat(war.crossValidation()).containsKeys("f1", "precision", "recall").containsEntry("folds", 3.0);
    assertThat(war.trainedAt()).isEqualTo(NOW);
    assertThat(war.trainingSha256()).isEqualTo(Sha256.hex(labels));
    assertThat(war.development()).as("default settings: how they were chosen").isNotNull();
    assertThat(war.development().protocol()).contains("whole FIGNEWS batches", "nested tuning");
    assertThat(war.development().chosen()).isEqualTo("both, words 1-2, C=0.5 balanced, softmax-f1");
    assertThat(war.development().estimate()).containsKeys("macro_f1", "ci95_low", "ci95_high");
    assertThat(store.ids()).containsExactly("avoiding-war", "nuclear-threat");
  }

  @Test
  void aFileWithoutFramesTrainsNothingAndSaysWhy() throws IOException {
    Path none = labels(false);
    FrameTraining training = new FrameTraining(new ModelRegistry(dir.resolve("models")).frames());
    assertThatThrownBy(() -> training.train(options(none, 0))).hasMessageContaining("none.csv")
        .hasMessageContaining("no frame could be trained: no post carries a frame");
  }
}
