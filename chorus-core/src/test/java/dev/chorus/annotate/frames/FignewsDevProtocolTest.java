package dev.chorus.annotate.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame development protocol on made-up batches: folds of whole batches, tuning nested in the training part. */
class FignewsDevProtocolTest {
  @TempDir Path dir;

  /** Six batches of 12 posts: three bias classes with their own words, propaganda following the bias. */
  private FignewsReader.Data sixBatches() throws Exception {
    StringBuilder b = new StringBuilder(FignewsFixtures.HEADER);
    String[] noise = {"alpha", "beta", "gamma", "delta"};
    for (int batch = 1; batch <= 6; batch++) {
      for (int i = 0; i < 4; i++) {
        String w = noise[i] + " b" + batch;
        String lang = i % 2 == 0 ? "English" : "French";
        String id = batch + "-" + i;
        b.append(FignewsFixtures.row("B0" + batch, lang, "u" + id, "ceasefire talks resume " + w, "Unbiased", 0, 3));
        b.append(FignewsFixtures.row("B0" + batch, lang, "p" + id, "terrorists butchers savages " + w,
            "Biased against Palestine", 4, 0));
        b.append(FignewsFixtures.row("B0" + batch, lang, "i" + id, "occupation genocide apartheid " + w,
            "Biased against Israel", 3, 1));
      }
    }
    Path f = dir.resolve("six-batches.csv");
    Files.writeString(f, b.toString());
    return FignewsReader.read(f);
  }

  @Test
  void noBatchIsOnBothSidesAndTheTuningNeverSeesTheHeldOutBatches() throws Exception {
    FignewsReader.Data data = sixBatches();
    // two settings that share one trained model (they differ in the decision only): the test stays quick
    List<FrameCandidate> all = FrameCandidate.grid(FignewsRow.Fields.TEXT);
    List<FrameCandidate> grid = List.of(all.get(0), all.get(6));
    FignewsTuning real = new FignewsTuning(grid);
    List<Set<String>> seen = new ArrayList<>();
    FignewsDevReport r = new FignewsDevProtocol((rows, classes) -> {
      seen.add(new HashSet<>(rows.stream().map(FignewsRow::batch).toList()));
      return real.choose(rows, classes);
    }, 3).estimate(data);
    assertThat(r.folds()).hasSize(FignewsDevProtocol.OUTER_FOLDS);
    Set<String> heldOnce = new HashSet<>();
    for (int f = 0; f < r.folds().size(); f++) {
      List<String> held = r.folds().get(f).batches();
      assertThat(heldOnce).as("each batch held out once").doesNotContainAnyElementsOf(held);
      heldOnce.addAll(held);
      assertThat(seen.get(f)).as("fold %d's tuning saw none of its held-out batches", f)
          .doesNotContainAnyElementsOf(held).isNotEmpty();
      assertThat(r.folds().get(f).trainN()).isEqualTo(72 - 12 * held.size());
      assertThat(grid.stream().map(FrameCandidate::name)).contains(r.folds().get(f).chosen().setting());
    }
    assertThat(heldOnce).hasSize(6);
    assertThat(seen).as("the last tuning, on the whole file, picks the setting to ship").hasSize(6);
    assertThat(seen.get(5)).hasSize(6);
    assertThat(r.scores().bias().n()).as("every post scored once, on its held-out fold").isEqualTo(72);
    assertThat(r.scores().mode()).isEqualTo("dev-grouped-5");
    assertThat(r.protocol()).contains("whole FIGNEWS batches").contains("nested tuning");
    assertThat(r.scores().bias().macroF1()).isGreaterThan(0.8);
    assertThat(r.ci95()[0]).isLessThanOrEqualTo(r.scores().macroF1());
    assertThat(r.ci95()[1]).isGreaterThanOrEqualTo(r.scores().macroF1());
    assertThat(r.chosenOnAll()).isNotNull();
    assertThat(r.chosenOnAll().innerMacroF1()).isGreaterThanOrEqualTo(
        r.chosenOnAll().innerBest() - r.chosenOnAll().innerSe() - 1e-9);
  }

  @Test
  void aFixedSettingIsMeasuredWithoutTuningAndTooFewBatchesIsAClearError() throws Exception {
    FignewsReader.Data data = sixBatches();
    FrameCandidate fixed = FrameCandidate.fixed(FrameTraining.DEFAULT_SETTINGS, FignewsRow.Fields.TEXT,
        FignewsEvaluation.Method.SOFTMAX);
    FignewsDevReport r = new FignewsDevProtocol(List.of(fixed), 3).estimate(data);
    assertThat(r.folds()).allSatisfy(f -> assertThat(f.chosen().innerMacroF1()).isNull());
    assertThat(r.chosenOnAll()).isNull();
    assertThat(r.scores().method()).isEqualTo("softmax");
    assertThat(r.scores().fields()).isEqualTo("text");
    assertThatThrownBy(() -> new FignewsDevProtocol(List.of(fixed), 3).estimate(
        FignewsReader.read(FignewsFixtures.write(dir)))).hasMessageContaining("at least 5 batches; found 3")
        .hasMessageContaining("--cv K");
  }
}
