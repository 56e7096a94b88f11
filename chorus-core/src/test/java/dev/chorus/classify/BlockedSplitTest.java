package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The later part of each group, in file order, is held out; the earlier part trains. */
class BlockedSplitTest {
  @Test
  void theLastQuarterOfEachGroupInFileOrderIsHeldOut() {
    List<String> groups = List.of("a", "b", "a", "a", "b", "a", "b", "b", "a", "c");
    boolean[] held = BlockedSplit.lastPart(groups, 0.25);
    // a: 5 items → round(1.25) = 1 held (the last a); b: 4 items → 1 held (the last b); c: 1 item → kept
    assertThat(held).containsExactly(false, false, false, false, false, false, false, true, true, false);
  }

  @Test
  void everyGroupOfTwoOrMoreHoldsOutAtLeastOneAndTheFractionIsChecked() {
    assertThat(BlockedSplit.lastPart(List.of("x", "x"), 0.1)).containsExactly(false, true);
    assertThatThrownBy(() -> BlockedSplit.lastPart(List.of("x"), 1.0)).hasMessageContaining("(0,1), got 1.0");
  }
}
