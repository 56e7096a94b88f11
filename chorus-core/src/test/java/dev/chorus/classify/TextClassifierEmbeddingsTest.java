package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional sentence-embedding block, with the test-only embedder {@code test-hash}. */
class TextClassifierEmbeddingsTest {
  private static final List<String> PROBES = List.of("close the border now", "open the border to refugees",
      "the weather is nice", "");

  @TempDir
  Path dir;

  private static List<LabeledText> data() {
    List<LabeledText> out = new ArrayList<>();
    String[] against = {"close the border", "stop the boats now", "no more refugees here", "build the wall"};
    String[] favor = {"welcome refugees", "open the border", "refugees are welcome here", "help the boats"};
    for (int r = 0; r < 3; r++) {
      for (int i = 0; i < 4; i++) {
        out.add(new LabeledText(against[i] + " " + r, "against"));
        out.add(new LabeledText(favor[i] + " " + r, "favor"));
      }
    }
    return out;
  }

  private static TrainingSettings settings(double w) {
    return TrainingSettings.standard().withSolver(TrainingSettings.Solver.SVM).withC(0.3)
        .withFeatures(FeatureSettings.standard().withMinDf(1))
        .withEmbeddings(new TrainingSettings.Embeddings(HashingTestEmbedder.ID, w));
  }

  @Test
  void aModelWithTheBlockIsSavedWithItAndLoadsScoringAlike() throws IOException {
    TextClassifier model = new ClassifierTrainer(settings(2)).train(data());
    assertThat(model.features("open the border")).hasSize(new ClassifierTrainer(settings(0)).train(data())
        .features("open the border").length + HashingTestEmbedder.DIMENSIONS);
    Path file = dir.resolve("e.model");
    model.save(file);
    assertThat(header(file)).contains("\"embedding\":{\"embedder\":\"test-hash\",\"weight\":2.0,\"dimensions\":16}");
    TextClassifier loaded = TextClassifier.load(file);
    assertThat(loaded.settings().embeddings()).isEqualTo(new TrainingSettings.Embeddings(HashingTestEmbedder.ID, 2));
    for (String t : PROBES) {
      // weights are saved as floats
      assertThat(loaded.probabilities(t)).containsExactly(model.probabilities(t),
          org.assertj.core.data.Offset.offset(1e-6));
      assertThat(loaded.predict(t).label()).isEqualTo(model.predict(t).label());
    }
  }

  @Test
  void weightZeroIsExactlyTheNgramModel() throws IOException {
    TrainingSettings plain = settings(0).withEmbeddings(null);
    assertThat(settings(0)).isEqualTo(plain);
    TextClassifier ngrams = new ClassifierTrainer(plain).train(data());
    TextClassifier zero = new ClassifierTrainer(settings(0)).train(data());
    TextClassifier weighted = new ClassifierTrainer(settings(3)).train(data());
    boolean anyDiffers = false;
    for (String t : PROBES) {
      assertThat(zero.probabilities(t)).containsExactly(ngrams.probabilities(t));
      anyDiffers |= !java.util.Arrays.equals(weighted.probabilities(t), ngrams.probabilities(t));
    }
    assertThat(anyDiffers).as("the block changes the scores when w > 0").isTrue();
    Path file = dir.resolve("n.model");
    zero.save(file);
    assertThat(header(file)).doesNotContain("embedding");
  }

  @Test
  void anUnknownEmbedderIsRefusedInWords() throws IOException {
    assertThatThrownBy(() -> new ClassifierTrainer(settings(1).withEmbeddings(
        new TrainingSettings.Embeddings("no-such-model", 1))).train(data()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sentence embedder 'no-such-model'")
        .hasMessageContaining("available: test-hash");
    // a model file whose embedder is not on the classpath: same-length id swapped in the header
    Path file = dir.resolve("e.model");
    new ClassifierTrainer(settings(1)).train(data()).save(file);
    rewrite(file, "test-hash", "lost-hash");
    assertThatThrownBy(() -> TextClassifier.load(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("e.model").hasMessageContaining("no sentence embedder 'lost-hash'")
        .hasMessageContaining("chorus-embeddings");
  }

  private static String header(Path file) throws IOException {
    return new String(unzipped(file), StandardCharsets.ISO_8859_1);
  }

  private static byte[] unzipped(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static void rewrite(Path file, String from, String to) throws IOException {
    String s = new String(unzipped(file), StandardCharsets.ISO_8859_1).replace(from, to);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(s.getBytes(StandardCharsets.ISO_8859_1));
    }
    Files.write(file, bytes.toByteArray());
  }
}
