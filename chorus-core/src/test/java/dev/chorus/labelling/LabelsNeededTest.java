package dev.chorus.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "how many more labels" hint: read off the local slope of a learning curve, honest when it cannot tell. */
class LabelsNeededTest {
  @Test
  void fewCodesUseTheDocumentedCurvesAndSaySo() {
    LabelsNeeded none = LabelsNeeded.documented("talks", 12);
    assertThat(none.more()).isNull();
    assertThat(none.basis()).isEqualTo("none");
    assertThat(none.message()).contains("too few", "at least 38 more");
    LabelsNeeded at150 = LabelsNeeded.documented("talks", 150);
    // documented slopes between 100 and 200 posts: SemEval +0.040, Mawqif +0.040 per doubling → 150·(2^0.75 − 1)
    assertThat(at150.perDoubling()).isEqualTo(0.04);
    assertThat(at150.more()).isEqualTo(100);
    assertThat(at150.basis()).isEqualTo("documented");
    assertThat(at150.message()).startsWith("About 100 more labels for +0.03 F_avg").contains("SemEval/Mawqif");
  }

  @Test
  void anOwnCurveIsReadNearItsEndAndAFlatOrShortCurveSaysSo() {
    double[][] rising = {{50, 0.50}, {100, 0.55}, {200, 0.60}, {300, 0.63}};
    LabelsNeeded own = LabelsNeeded.fromCurve("talks", 400, rising);
    assertThat(own.basis()).isEqualTo("own");
    // last segment: +0.03 over log2(1.5) = 0.585 doublings → 0.051 per doubling; 400·(2^(0.03/0.0513) − 1) ≈ 200
    assertThat(own.more()).isBetween(180, 220);
    assertThat(own.message()).contains("from the learning curve on your 400 coded posts");
    double[][] flat = {{50, 0.50}, {100, 0.55}, {200, 0.552}};
    LabelsNeeded stalled = LabelsNeeded.fromCurve("talks", 260, flat);
    assertThat(stalled.more()).isNull();
    assertThat(stalled.message()).contains("flat");
    double[][] slow = {{50, 0.50}, {100, 0.51}, {200, 0.522}};
    assertThat(LabelsNeeded.fromCurve("talks", 260, slow).message()).contains("beyond two more doublings");
    LabelsNeeded short2 = LabelsNeeded.fromCurve("talks", 220, new double[][] {{50, 0.5}, {165, 0.6}});
    assertThat(short2.basis()).as("two points are too short a curve").isEqualTo("documented");
  }

  @Test
  void codesCountOncePerPostWithAMajorityStance() {
    Code a = new Code("x:1", "ana", "talks", "favor", List.of(), "t1", "en", "", List.of());
    Code b = new Code("x:1", "ben", "talks", "favor", List.of(), "t1", "en", "", List.of());
    Code tie1 = new Code("x:2", "ana", "talks", "favor", List.of(), "t2", "en", "", List.of());
    Code tie2 = new Code("x:2", "ben", "talks", "against", List.of(), "t2", "en", "", List.of());
    List<LabelsNeeded> r = LabelsNeeded.forCodes(List.of(a, b, tie1, tie2), List.of("talks", "war"));
    assertThat(r).extracting(LabelsNeeded::target).containsExactly("talks", "war");
    assertThat(r.get(0).labelled()).as("x:1 once; x:2 is a tie").isEqualTo(1);
    assertThat(r.get(1).labelled()).isZero();
  }
}
