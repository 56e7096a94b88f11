package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved classifier keeps its folding: saved and loaded it scores alike; one from before TextFolding is refused. */
class TextClassifierFormatTest {
  @TempDir
  Path dir;

  @Test
  void savedModelPredictsAsBeforeAndSpellingVariantsShareFeatures() throws IOException {
    List<LabeledText> data = List.of(new LabeledText("نه به مذاکره", "against"),
        new LabeledText("نه به توافق", "against"), new LabeledText("از مذاکره حمایت کنید", "favor"),
        new LabeledText("به دیپلماسی فرصت بدهید", "favor"), new LabeledText("نه به سازش", "against"),
        new LabeledText("از دیپلماسی حمایت کنید", "favor"));
    TextClassifier model = new ClassifierTrainer(TrainingSettings.standard()
        .withFeatures(FeatureSettings.standard().withMinDf(1))).train(data);
    Path file = dir.resolve("m.model");
    model.save(file);
    TextClassifier loaded = TextClassifier.load(file);
    // weights are saved as floats
    assertThat(loaded.probabilities("نه به مذاکره")).containsExactly(model.probabilities("نه به مذاکره"),
        org.assertj.core.data.Offset.offset(1e-6));
    // Arabic kaf and yeh, tatweel and a stray ZWNJ give the same features as the Persian spelling
    assertThat(loaded.features("از مذاكره حمـايت كني\u200cد")).usingRecursiveFieldByFieldElementComparator()
        .containsExactly(loaded.features("از مذاکره حمایت کنید"));
  }

  @Test
  void modelFromBeforeTheOneTextFoldingIsRefusedWithAReason() throws IOException {
    Path file = dir.resolve("old.model");
    try (OutputStream os = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new GZIPOutputStream(os))) {
      out.writeUTF("chorus-text-classifier/1");
    }
    assertThatThrownBy(() -> TextClassifier.load(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("old.model").hasMessageContaining("text folding").hasMessageContaining("train");
  }
}
