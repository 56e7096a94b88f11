package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every group lands whole in one fold; folds come out about the same size; the same input gives the same folds. */
class GroupedFoldsTest {
  @Test
  void noGroupIsSplitAcrossFoldsAndFoldsAreBalanced() {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      groups.add("B" + (i * 7 % 15));
    }
    int[] fold = GroupedFolds.assign(groups, 5);
    Map<String, Integer> foldOf = new HashMap<>();
    int[] size = new int[5];
    for (int i = 0; i < fold.length; i++) {
      Integer before = foldOf.putIfAbsent(groups.get(i), fold[i]);
      assertThat(before == null || before == fold[i]).as("group %s in one fold", groups.get(i)).isTrue();
      size[fold[i]]++;
    }
    assertThat(size).containsOnly(30);
    assertThat(GroupedFolds.assign(groups, 5)).containsExactly(fold);
    assertThat(GroupedFolds.members(fold, 0, true)).hasSize(30).doesNotContainAnyElementsOf(
        GroupedFolds.members(fold, 0, false));
  }

  @Test
  void moreFoldsThanGroupsIsAClearError() {
    assertThatThrownBy(() -> GroupedFolds.assign(List.of("a", "a", "b"), 3))
        .hasMessageContaining("between 2 and 2 folds").hasMessageContaining("got 3");
  }

  @Test
  void theOneStandardErrorRuleKeepsTheSimplestWithinNoise() {
    List<Outcome> perfect = List.of(new Outcome("a", "a", null), new Outcome("b", "b", null));
    List<Outcome> half = List.of(new Outcome("a", "a", null), new Outcome("b", "a", null));
    var c = OneStandardErrorRule.choose(List.of(half, perfect),
        o -> o.stream().filter(x -> x.gold().equals(x.predicted())).count() / (double) o.size(), new int[] {0, 1});
    assertThat(c.best()).isEqualTo(1.0);
    assertThat(c.standardError()).as("every resample of the perfect list scores 1").isZero();
    assertThat(c.index()).as("0.5 is not within 0 of 1").isEqualTo(1);
  }
}
