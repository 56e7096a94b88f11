package dev.chorus.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelImportTest {
  @TempDir Path dir;

  @Test
  void agreementMatchesTheHandComputedFigures() throws Exception {
    LabelImport.Result r = new LabelImport(dir.resolve("labels")).run(List.of(CodeSheets.write(dir)),
        CodeSheets.FRAMES);
    AgreementReport.Coders t = r.agreement().stance().get("t");
    assertThat(t.coders()).containsExactly("ann", "bob");
    assertThat(t.pairs().get(0).kappa()).isCloseTo(13.0 / 25, within(1e-9));
    assertThat(t.pairs().get(0).n()).isEqualTo(6);
    assertThat(t.alpha()).isCloseTo(50.0 / 94, within(1e-9));
    assertThat(r.agreement().modelStance().get("t").kappa()).isCloseTo(7.0 / 11, within(1e-9));
    assertThat(r.agreement().modelStance().get("t").n()).isEqualTo(4);
    assertThat(r.agreement().frames().get("nuclear-threat").pairs().get(0).kappa()).isCloseTo(2.0 / 3,
        within(1e-9));
    assertThat(r.agreement().modelFrames().get("nuclear-threat").uncertain()).isZero();
    assertThat(r.uncoded()).isEqualTo(1);
    assertThat(r.stance().rows()).isEqualTo(4);
    assertThat(r.stance().ties()).isEqualTo(2);
    assertThat(r.frames().rows()).isEqualTo(4);
    assertThat(r.frames().ties()).isEqualTo(2);
    List<String> stanceCsv = Files.readAllLines(dir.resolve("labels/stance.csv"));
    assertThat(stanceCsv.get(0)).isEqualTo("text,target,stance");
    assertThat(stanceCsv).contains("\"post number 0, with a comma\",t,favor");
    assertThat(Files.readString(dir.resolve("labels/frames.csv"))).contains("\"post number 0, with a comma\","
        + "nuclear-threat,en");
  }

  @Test
  void importingTheSameRowsAgainAddsNothingAndACorrectionReplaces() throws Exception {
    Path sheet = CodeSheets.write(dir);
    LabelImport imp = new LabelImport(dir.resolve("labels"));
    LabelImport.Result first = imp.run(List.of(sheet), CodeSheets.FRAMES);
    assertThat(first.added()).isEqualTo(12);
    LabelImport.Result again = imp.run(List.of(sheet), CodeSheets.FRAMES);
    assertThat(again.added()).isZero();
    assertThat(again.unchanged()).isEqualTo(12);
    assertThat(again.codes()).isEqualTo(12);
    assertThat(Files.readAllLines(dir.resolve("labels/codes.ndjson"))).hasSize(12);
    Path fix = dir.resolve("fix.csv");
    Files.writeString(fix, CodeSheets.HEADER + CodeSheets.row(1, "against", "none", "bob", "favor", ""));
    LabelImport.Result corrected = imp.run(List.of(fix), CodeSheets.FRAMES);
    assertThat(corrected.updated()).isEqualTo(1);
    assertThat(corrected.codes()).isEqualTo(12);
    assertThat(corrected.stance().rows()).as("post 1 now agreed").isEqualTo(5);
  }

  @Test
  void badValuesNameFileLineAndFieldAndStoreNothing() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, CodeSheets.HEADER + CodeSheets.row(0, "favor", "none", "ann", "favor", "")
        + CodeSheets.row(1, "favor", "none", "ann", "pro", ""));
    LabelImport imp = new LabelImport(dir.resolve("labels"));
    assertThatThrownBy(() -> imp.run(List.of(bad), CodeSheets.FRAMES)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.csv: line 3: field 'stance': 'pro'");
    Files.writeString(bad, CodeSheets.HEADER + CodeSheets.row(0, "favor", "none", "ann", "", "jcpoa-is-dead"));
    assertThatThrownBy(() -> imp.run(List.of(bad), CodeSheets.FRAMES))
        .hasMessageContaining("bad.csv: line 2: field 'frames': 'jcpoa-is-dead' is not a frame");
    Files.writeString(bad, CodeSheets.HEADER + CodeSheets.row(0, "favor", "none", "", "none", ""));
    assertThatThrownBy(() -> imp.run(List.of(bad), CodeSheets.FRAMES))
        .hasMessageContaining("bad.csv: line 2: field 'coder' is empty");
    assertThat(dir.resolve("labels/codes.ndjson")).doesNotExist();
  }

  @Test
  void majorityNeedsMoreVotesThanAnyOtherValue() {
    assertThat(Consensus.majority(List.of("a", "a", "b"))).isEqualTo("a");
    assertThat(Consensus.majority(List.of("a", "b"))).isNull();
    assertThat(Consensus.majority(List.of("a", "b", "c"))).isNull();
    assertThat(Consensus.majorityFrames(List.of(java.util.Set.of("x", "y"), java.util.Set.of("x"),
        java.util.Set.of("x")))).containsExactly("x");
    assertThat(Consensus.majorityFrames(List.of(java.util.Set.of("x"), java.util.Set.of()))).isNull();
  }
}
