package dev.chorus.annotate;

import dev.chorus.annotate.frames.FrameExample;
import dev.chorus.annotate.frames.FrameTrainer;
import dev.chorus.annotate.stance.StanceFixtures;
import dev.chorus.annotate.stance.StanceModels;
import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TrainingSettings;
import dev.chorus.models.ModelRegistry;
import dev.chorus.models.ModelStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiny trained models folder (two stance targets, two frames), so that contract tests cover the model annotators
 * as the workspace's factories load them, not only the rule-based ones. Trained once per JVM in a temporary folder.
 */
public final class ModelFixtures {
  private static Path dir;

  private ModelFixtures() {}

  /** The models folder, trained on first use. */
  public static synchronized Path modelsDir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("chorus-models-");
        saveStance(dir);
        saveFrames(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  private static void saveStance(Path models) throws IOException {
    TrainingSettings settings = TrainingSettings.standard();
    StanceModels trained = StanceModels.train(StanceFixtures.examples(), settings);
    ModelStore store = new ModelRegistry(models).stance();
    for (String t : trained.targets()) {
      store.save(t, trained.classifier(t), card("stance:" + t, settings));
    }
  }

  private static void saveFrames(Path models) throws IOException {
    List<FrameExample> examples = new ArrayList<>();
    for (String w : new String[] {"today", "again", "now", "here", "tonight", "still", "really", "indeed"}) {
      examples.add(new FrameExample(0, "uranium enrichment bomb breakout " + w, Set.of("nuclear-threat"), "en"));
      examples.add(new FrameExample(0, "another war would kill thousands " + w, Set.of("avoiding-war"), "en"));
      examples.add(new FrameExample(0, "the football match ended late " + w, Set.of(), "en"));
    }
    FrameTrainer.Result r = new FrameTrainer(TrainingSettings.standard(), 3).train(examples,
        List.of("avoiding-war", "nuclear-threat"));
    ModelStore store = new ModelRegistry(models).frames();
    for (String f : r.model().frames()) {
      store.save(f, r.model().classifier(f).classifier(), card("frame:" + f, TrainingSettings.standard()));
    }
  }

  private static ModelCard card(String name, TrainingSettings settings) {
    return new ModelCard(name, "fixture.csv", "00", 24, Map.of("x", 12), Instant.EPOCH, settings, 0.5, Map.of(),
        null);
  }
}
