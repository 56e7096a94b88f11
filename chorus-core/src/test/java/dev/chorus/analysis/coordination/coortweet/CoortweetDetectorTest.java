package dev.chorus.analysis.coordination.coortweet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoortweetDetectorTest {

  /** Runs the detector and renders rows as "object content content_y delta account account_y". */
  static List<String> detect(ShareTable t, long window, int minParticipation, boolean removeLoops)
      throws IOException {
    List<String> rows = new ArrayList<>();
    new CoortweetDetector().detect(t, new DetectionParameters(window, minParticipation, removeLoops),
        (a, b, d) -> rows.add(String.join(" ", t.name(t.object(a)), t.name(t.content(a)), t.name(t.content(b)),
            Long.toString(d), t.name(t.account(a)), t.name(t.account(b)))));
    return rows;
  }

  static ShareTable csv(String text) throws IOException {
    return ShareTableCsv.read(new StringReader(text), "test.csv");
  }

  @Test
  void pairsWithinTheWindowIncludingItsEdgeEarlierFirst() throws IOException {
    ShareTable t = csv("""
        object_id,account_id,content_id,timestamp_share
        o1,b,c2,110
        o1,a,c1,100
        o1,c,c3,111
        """);
    // b-a exactly 10 s apart (kept, <=), c-a 11 s (dropped), b-c 1 s.
    assertThat(detect(t, 10, 1, true)).containsExactlyInAnyOrder("o1 c1 c2 10 a b", "o1 c2 c3 1 b c");
  }

  @Test
  void equalTimesKeepInputOrder() throws IOException {
    ShareTable t = csv("object_id,account_id,content_id,timestamp_share\no1,z,c1,5\no1,a,c2,5\n");
    assertThat(detect(t, 10, 1, true)).containsExactly("o1 c1 c2 0 z a");
  }

  @Test
  void loopsAreRemovedByDefaultAndKeptOnRequest() throws IOException {
    ShareTable t = csv("""
        object_id,account_id,content_id,timestamp_share
        o1,a,c1,100
        o1,a,c2,101
        o2,a,o2,100
        o2,b,c4,102
        o3,b,c5,100
        o3,c,c5,101
        """);
    // a with itself on o1; content equal to its object on o2; the same content id twice on o3.
    assertThat(detect(t, 10, 0, true)).isEmpty();
    assertThat(detect(t, 10, 0, false))
        .containsExactlyInAnyOrder("o1 c1 c2 1 a a", "o2 o2 c4 2 a b", "o3 c5 c5 1 b c");
  }

  @Test
  void accountsWithTooFewSharesInTheInputAreDroppedFirst() throws IOException {
    ShareTable t = csv("""
        object_id,account_id,content_id,timestamp_share
        o1,a,c1,100
        o1,b,c2,101
        o2,a,c3,200
        o2,b,c4,201
        o3,b,c5,300
        o3,x,c6,301
        """);
    // x has one share: with min participation 2 it is gone before pairing.
    assertThat(detect(t, 10, 2, true)).containsExactlyInAnyOrder("o1 c1 c2 1 a b", "o2 c3 c4 1 a b");
  }

  @Test
  void resultStageKeepsPairsWhereEitherAccountHasEnoughSharesInTheResult() throws IOException {
    ShareTable t = csv("""
        object_id,account_id,content_id,timestamp_share
        o1,a,c1,100
        o1,b,c2,101
        o2,a,c3,200
        o2,c,c4,201
        o3,b,c5,300
        o3,c,c6,400
        o4,d,c7,500
        o4,e,c8,501
        o5,d,c9,900
        o6,e,c10,900
        """);
    // In the result a has 2 contents (qualifies), b 1 and c 1; d and e have 1 each (both have 2 in the input).
    // o1 (a-b) and o2 (a-c) stay because a qualifies; o4 (d-e) goes because neither does.
    assertThat(detect(t, 10, 2, true)).containsExactlyInAnyOrder("o1 c1 c2 1 a b", "o2 c3 c4 1 a c");
  }

  @Test
  void csvHeaderOrderIsFreeAndExtraColumnsAreIgnored() throws IOException {
    ShareTable t = csv("timestamp_share,extra,content_id,account_id,object_id\n100,x,c1,a,o1\n103,y,c2,b,o1\n");
    assertThat(detect(t, 10, 1, true)).containsExactly("o1 c1 c2 3 a b");
  }

  @Test
  void badInputIsNamedByFileLineAndField() {
    assertThatThrownBy(() -> csv("object_id,account_id,timestamp_share\no1,a,1\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.csv")
        .hasMessageContaining("content_id");
    assertThatThrownBy(() -> csv("object_id,account_id,content_id,timestamp_share\no1,a,c1,1\no1,b,c2,soon\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3")
        .hasMessageContaining("timestamp_share");
  }

  @Test
  void rIntegerValuedDoublesAreAccepted() throws IOException {
    ShareTable t = csv("object_id,account_id,content_id,timestamp_share\no1,a,c1,1.623881091e+09\n");
    assertThat(t.time(0)).isEqualTo(1_623_881_091L);
  }
}
