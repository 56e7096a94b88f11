package dev.chorus.annotate.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.classify.TrainingSettings;
import dev.chorus.post.Label;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameModelTest {
  @TempDir Path dir;

  static final Set<String> CODEBOOK = Set.of("nuclear-threat", "avoiding-war", "appeasement-betrayal");

  /** Posts about the bomb, about war, both, or neither, with a few filler words each. */
  static List<FrameExample> examples() {
    List<FrameExample> out = new ArrayList<>();
    String[] fill = {"today", "again", "now", "here", "tonight", "still", "really", "indeed", "surely", "openly"};
    for (String w : fill) {
      out.add(new FrameExample(0, "uranium enrichment bomb breakout " + w, Set.of("nuclear-threat"), "en"));
      out.add(new FrameExample(0, "another war would kill thousands " + w, Set.of("avoiding-war"), "en"));
      out.add(new FrameExample(0, "bomb breakout means war kills thousands " + w,
          Set.of("nuclear-threat", "avoiding-war"), "en"));
      out.add(new FrameExample(0, "the football match ended late " + w, Set.of(), "en"));
    }
    out.add(new FrameExample(0, "they betray us by appeasement", Set.of("appeasement-betrayal"), "en"));
    return out;
  }

  @Test
  void decisionAssignsFramesAtTheirThresholdAndSaysUncertainOnlyInTheBand() {
    Map<String, Double> t = Map.of("a", 0.6, "b", 0.8);
    FrameModel.Decision two = FrameModel.decide(Map.of("a", 0.6, "b", 0.95), t);
    assertThat(two.assigned()).extracting(FrameModel.ScoredFrame::frame).containsExactly("b", "a");
    assertThat(two.uncertain()).isFalse();
    FrameModel.Decision band = FrameModel.decide(Map.of("a", 0.35, "b", 0.2), t);
    assertThat(band.assigned()).isEmpty();
    assertThat(band.uncertain()).isTrue();
    assertThat(band.top()).isEqualTo("a");
    assertThat(band.topProbability()).isEqualTo(0.35);
    FrameModel.Decision none = FrameModel.decide(Map.of("a", 0.29, "b", 0.39), t);
    assertThat(none.uncertain()).isFalse();
    assertThat(none.assigned()).isEmpty();
  }

  @Test
  void trainerPicksThresholdsByCrossValidationAndSkipsFramesWithTooFewPosts() {
    FrameTrainer.Result r = new FrameTrainer(TrainingSettings.standard(), 3).train(examples(),
        List.of("appeasement-betrayal", "avoiding-war", "nuclear-threat"));
    assertThat(r.model().frames()).containsExactly("avoiding-war", "nuclear-threat");
    assertThat(r.skipped()).containsKey("appeasement-betrayal");
    for (FrameTrainer.FrameFit fit : r.fits().values()) {
      assertThat(fit.threshold()).isBetween(0.5, 0.9);
      assertThat(fit.f1()).isGreaterThan(0.8);
      assertThat(fit.positives()).isEqualTo(20);
    }
    FrameAnnotator annotator = new FrameAnnotator(r.model(), "h");
    List<Label> labels = annotator.labels("bomb breakout means war kills thousands soon");
    assertThat(labels).extracting(Label::value).containsExactlyInAnyOrder("nuclear-threat", "avoiding-war");
    assertThat(labels).allSatisfy(l -> assertThat(l.confidence()).isBetween(0.5, 1.0));
    assertThat(annotator.labels("the football match ended late again")).isEmpty();
  }

  @Test
  void theThresholdWithTheBestHeldOutF1IsChosen() {
    double[] p = {0.95, 0.72, 0.71, 0.6, 0.55, 0.52, 0.3};
    boolean[] gold = {true, true, true, false, false, false, true};
    // 0.50: tp 3 of 6 predicted, 4 gold -> F1 0.6; 0.60: 3 of 4 -> 0.75; 0.65 and 0.70: 3 of 3 -> 6/7 (lowest
    // of equals wins); 0.75: 1 of 1 -> 0.4
    assertThat(FrameTrainer.bestThreshold(p, gold)).isEqualTo(0.65);
    assertThat(FrameTrainer.scores(p, gold, 0.7)[2]).isCloseTo(6.0 / 7, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(FrameTrainer.bestThreshold(new double[] {0.2, 0.3}, new boolean[] {true, false})).isEqualTo(0.5);
  }

  @Test
  void heldOutScoresAreCountedRight() {
    double[] s = FrameTrainer.scores(new double[] {0.9, 0.7, 0.4, 0.6}, new boolean[] {true, false, true, false},
        0.65);
    assertThat(s[0]).isEqualTo(0.5);
    assertThat(s[1]).isEqualTo(0.5);
    assertThat(s[2]).isEqualTo(0.5);
  }

  @Test
  void csvFramesAreCheckedAgainstTheCodebook() throws Exception {
    Path f = dir.resolve("frames.csv");
    Files.writeString(f, "text,frames,lang\nbomb talk,nuclear-threat; avoiding-war,en\nplain,,en\nx,irgc-stuff,fa\n");
    assertThatThrownBy(() -> FrameFileReader.read(f, FrameFormat.CSV, CODEBOOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frames.csv: line 4: field 'frames'").hasMessageContaining("'irgc-stuff'");
    Files.writeString(f, "text,frames\nbomb talk,Nuclear-Threat;avoiding-war\nplain,\n");
    FrameDataset d = FrameFileReader.read(f, FrameFormat.CSV, CODEBOOK);
    assertThat(d.examples()).hasSize(2);
    assertThat(d.examples().get(0).frames()).containsExactlyInAnyOrder("nuclear-threat", "avoiding-war");
    assertThat(d.examples().get(1).frames()).isEmpty();
    Files.writeString(f, "text,label\nx,y\n");
    assertThatThrownBy(() -> FrameFileReader.read(f, FrameFormat.CSV, CODEBOOK))
        .hasMessageContaining("line 1: no column 'frames'").hasMessageContaining("header: text, label");
  }
}
