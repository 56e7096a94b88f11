package dev.chorus.annotate.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class FrameProperties {
  @Property(tries = 200)
  void anyCellGivesCodebookFramesOrANamedError(@ForAll String cell) {
    try {
      Set<String> frames = FrameFileReader.parseFrames(cell, FrameModelTest.CODEBOOK, "f: line 2: field 'frames'");
      assertThat(FrameModelTest.CODEBOOK).containsAll(frames);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("f: line 2: field 'frames': '");
    }
  }

  @Property(tries = 200)
  void decisionsNeverGuess(@ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1)
      double b, @ForAll @DoubleRange(min = 0.5, max = 0.9) double ta) {
    FrameModel.Decision d = FrameModel.decide(Map.of("a", a, "b", b), Map.of("a", ta, "b", 0.5));
    d.assigned().forEach(f -> assertThat(f.probability()).isGreaterThanOrEqualTo(f.frame().equals("a") ? ta : 0.5));
    assertThat(d.assigned().isEmpty() || !d.uncertain()).isTrue();
    assertThat(d.assigned().size()).isEqualTo((a >= ta ? 1 : 0) + (b >= 0.5 ? 1 : 0));
  }
}
