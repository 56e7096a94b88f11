package dev.chorus.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.annotate.stance.StanceFixtures;
import dev.chorus.annotate.stance.StanceModels;
import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TextClassifier;
import dev.chorus.classify.TrainingSettings;
import dev.chorus.hash.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model store of one kind and the registry's card listing, on a tiny real classifier. */
class ModelRegistryTest {
  static TextClassifier model;

  @TempDir Path dir;

  @BeforeAll
  static void trainOnce() {
    model = StanceModels.train(StanceFixtures.examples(), TrainingSettings.standard()).classifier("solar-power");
  }

  static ModelCard card(String name) {
    return new ModelCard(name, "f.csv", "00", 36, Map.of("favor", 12), Instant.EPOCH, TrainingSettings.standard(),
        0.6, Map.of("f1", 0.9), null);
  }

  @Test
  void savedModelsComeBackWithTheirCardAndTheHashOfTheirFile() throws IOException {
    ModelStore store = new ModelRegistry(dir).stance();
    assertThat(store.dir()).isEqualTo(dir.resolve("stance"));
    assertThat(store.ids()).isEmpty();
    ModelCard saved = store.save("b-target", model, card("stance:b-target"));
    store.save("a-target", model, card("stance:a-target"));
    assertThat(saved.modelSha256()).isEqualTo(Sha256.hex(store.modelFile("b-target")));
    assertThat(ModelCard.load(dir.resolve("stance/b-target.card.json"))).isEqualTo(saved);
    assertThat(store.ids()).containsExactly("a-target", "b-target");
    ModelStore.Loaded loaded = store.loadAll().get("b-target");
    assertThat(loaded.card()).isEqualTo(saved);
    assertThat(loaded.sha256()).isEqualTo(saved.modelSha256());
    assertThat(loaded.model().labels()).isEqualTo(model.labels());
  }

  @Test
  void replacingTheSetRemovesModelsNoLongerTrained() throws IOException {
    ModelStore store = new ModelRegistry(dir).frames();
    store.save("old-frame", model, card("frame:old-frame"));
    Map<String, TextClassifier> models = new LinkedHashMap<>();
    models.put("new-frame", model);
    var saved = store.replaceAll(models, Map.of("new-frame", card("frame:new-frame")));
    assertThat(saved).extracting(ModelCard::name).containsExactly("frame:new-frame");
    assertThat(store.ids()).containsExactly("new-frame");
    assertThat(dir.resolve("frames/old-frame.card.json")).doesNotExist();
  }

  @Test
  void aModelWithoutItsCardIsAnErrorNamingTheCardFile() throws IOException {
    ModelStore store = new ModelRegistry(dir).stance();
    store.save("t", model, card("stance:t"));
    Files.delete(dir.resolve("stance/t.card.json"));
    assertThatThrownBy(store::loadAll).isInstanceOf(IOException.class).hasMessageContaining("t.card.json")
        .hasMessageContaining("model card missing");
  }

  @Test
  void cardsAreListedByLabelKeyAndABrokenCardIsListedWithItsError() throws IOException {
    ModelRegistry registry = new ModelRegistry(dir);
    assertThat(new ModelRegistry(dir.resolve("none")).cards(null)).isEmpty();
    registry.stance().save("t", model, card("stance:t"));
    Files.writeString(dir.resolve("frames.card.json"), "{\"threshold\": 0.5}");
    Files.createDirectories(dir.resolve("frames"));
    Files.writeString(dir.resolve("frames/broken.card.json"), "{not json");
    var all = registry.cards(null);
    assertThat(all).extracting(ModelRegistry.CardEntry::id).containsExactly("frames", "frames/broken", "stance/t");
    assertThat(all).extracting(ModelRegistry.CardEntry::labelKey).containsExactly("frames", "frames:broken",
        "stance:t");
    assertThat(all.get(1).card()).isNull();
    assertThat(all.get(1).error()).startsWith("not readable as JSON");
    assertThat(all.get(2).card().get("threshold").asDouble()).isEqualTo(0.6);
    assertThat(registry.cards("stance:t")).extracting(ModelRegistry.CardEntry::id).containsExactly("stance/t");
  }
}
