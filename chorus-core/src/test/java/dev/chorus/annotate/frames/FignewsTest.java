package dev.chorus.annotate.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.classify.TrainingSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FignewsTest {
  @TempDir Path dir;

  @Test
  void readerMapsLabelsTiesAndUnclear() throws Exception {
    FignewsReader.Data d = FignewsReader.read(FignewsFixtures.write(dir));
    assertThat(d.rows()).hasSize(34);
    FignewsRow first = d.rows().get(0);
    assertThat(first.bias()).isEqualTo("unbiased");
    assertThat(first.propaganda()).isEqualTo("not-propaganda");
    assertThat(first.lang()).isEqualTo("en");
    assertThat(d.rows().get(1).bias()).isEqualTo("biased-against-palestine");
    assertThat(d.rows().get(32).bias()).as("Unclear has no bias label").isNull();
    assertThat(d.rows().get(33).propaganda()).as("2-2 is a tie").isNull();
    assertThat(first.input(FignewsRow.Fields.BOTH)).contains("(mt)").startsWith("ceasefire");
    assertThat(first.input(FignewsRow.Fields.TEXT)).doesNotContain("(mt)");
    FrameDataset frames = d.asFrames();
    assertThat(frames.counts()).containsEntry("propaganda", 22).containsEntry("biased-against-israel", 10)
        .doesNotContainKey("unbiased");
  }

  @Test
  void badVotesNameFileLineAndField() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, FignewsFixtures.HEADER + FignewsFixtures.row("B1", "English", "1", "x", "Unbiased", 1, 0)
        + "B1,English,2,y,y,Unbiased,x,many,0\n");
    assertThatThrownBy(() -> FignewsReader.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.csv: line 3: field 'propaganda_votes'").hasMessageContaining("many");
    Path g = dir.resolve("bias.csv");
    Files.writeString(g, FignewsFixtures.HEADER + "B1,English,2,y,y,Pro-something,x,1,0\n");
    assertThatThrownBy(() -> FignewsReader.read(g)).hasMessageContaining("line 2: field 'bias_majority'");
  }

  @Test
  void crossValidationScoresBothLabelSetsAndLeavesOutUnlabelledRows() throws Exception {
    FignewsReader.Data d = FignewsReader.read(FignewsFixtures.write(dir));
    FignewsReport r = new FignewsEvaluation(new FignewsEvaluation.Options(TrainingSettings.standard(),
        FignewsRow.Fields.BOTH, FignewsEvaluation.Method.SOFTMAX, 5)).crossValidate(d, 3);
    assertThat(r.mode()).isEqualTo("cv-3");
    assertThat(r.bias().n()).isEqualTo(31);
    assertThat(r.bias().left()).containsEntry("no_label", 1).containsEntry("rare:biased-against-others", 2);
    assertThat(r.bias().classes()).containsExactly("biased-against-israel", "biased-against-palestine", "unbiased");
    assertThat(r.propaganda().n()).as("two ties left out").isEqualTo(32);
    assertThat(r.propaganda().left()).containsEntry("no_label", 2);
    assertThat(r.bias().macroF1()).isGreaterThan(0.8);
    assertThat(r.macroF1()).isEqualTo((r.bias().macroF1() + r.propaganda().macroF1()) / 2);
    assertThat(r.bias().ci95()[0]).isLessThanOrEqualTo(r.bias().macroF1());
    assertThat(r.bias().perLanguage()).containsKeys("en", "fr");
  }

  @Test
  void aLabelSetNeedsTwoClassesWithEnoughPosts() throws Exception {
    FignewsReader.Data d = FignewsReader.read(FignewsFixtures.write(dir));
    FignewsEvaluation eval = new FignewsEvaluation(new FignewsEvaluation.Options(TrainingSettings.standard(),
        FignewsRow.Fields.TEXT, FignewsEvaluation.Method.OVR, 11));
    assertThatThrownBy(() -> eval.trainTest(d, d)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bias: fewer than 2 classes with at least 11 posts");
  }
}
