package dev.chorus.stream.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The coordination operators on Flink's local runtime, fed share rows out of time order: the pairs must equal the
 * batch detector's on the same rows, with the participation rules biting (accounts with a single share, pairs kept
 * only through a qualifying account).
 */
class CoordinationOperatorTest {
  static final String KIND = ObjectKind.HASHTAG.id();

  /** Made-up posts: 40 accounts, 12 hashtags, 1 to 3 hashtags a post, over two hours; some accounts post once. */
  static List<Share> shares() {
    Random r = new Random(7);
    List<Share> out = new ArrayList<>();
    for (int post = 0; post < 700; post++) {
      String account = "acct-" + (post < 20 ? 100 + post : r.nextInt(40));
      long time = 1_700_000_000L + r.nextInt(7200);
      Set<String> tags = new TreeSet<>();
      int n = 1 + r.nextInt(3);
      while (tags.size() < n) {
        tags.add("#tag" + r.nextInt(12));
      }
      for (String t : tags) {
        out.add(new Share(KIND, t, account, "post-" + post, time, tags.size()));
      }
    }
    return out;
  }

  static Set<String> batch(List<Share> shares, CoordinationSettings c) throws Exception {
    ShareTable.Builder table = ShareTable.builder();
    shares.forEach(s -> table.add(s.object(), s.account(), s.content(), s.time()));
    return PairRows.detect(KIND, table.build(), c.parameters());
  }

  static Set<String> stream(List<Share> shares, CoordinationSettings c, boolean bounded, boolean slow)
      throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    env.getConfig().setAutoWatermarkInterval(5);
    DataStream<Share> in = env.fromData(TypeInformation.of(Share.class), shares.toArray(Share[]::new));
    if (slow) {
      // lets periodic watermarks advance while the input is read, so that old shares are really dropped
      in = in.map((MapFunction<Share, Share>) s -> {
        Thread.sleep(1);
        return s;
      }).returns(Share.class).setParallelism(1);
    }
    Set<String> out = new TreeSet<>();
    try (var it = StreamCoordination.pairsOfShares(in, c, bounded).executeAndCollect()) {
      it.forEachRemaining(p -> assertThat(out.add(PairRows.row(p))).as("emitted once: %s", p).isTrue());
    }
    return out;
  }

  @Test
  void aBoundedRunGivesTheBatchPairsInAnyOrder() throws Exception {
    CoordinationSettings c = CoordinationSettings.defaults();
    List<Share> shares = shares();
    Set<String> expected = batch(shares, c);
    assertThat(expected).hasSizeGreaterThan(100);
    Collections.shuffle(shares, new Random(1));
    assertThat(stream(shares, c, true, false)).isEqualTo(expected);
  }

  @Test
  void anUnboundedRunGivesTheBatchPairsWhenSharesAreLessLateThanTheBound() throws Exception {
    CoordinationSettings c = CoordinationSettings.defaults().withLateness(Duration.ofMinutes(10));
    List<Share> shares = shares();
    Set<String> expected = batch(shares, c);
    // in time order, then shuffled within blocks of 5 minutes: no share is 10 minutes behind the latest
    shares.sort(java.util.Comparator.comparingLong(Share::time));
    List<Share> disordered = new ArrayList<>();
    for (int from = 0; from < shares.size(); ) {
      long block = shares.get(from).time() / 300;
      int to = from;
      while (to < shares.size() && shares.get(to).time() / 300 == block) {
        to++;
      }
      List<Share> part = new ArrayList<>(shares.subList(from, to));
      Collections.shuffle(part, new Random(from));
      disordered.addAll(part);
      from = to;
    }
    assertThat(stream(disordered, c, false, true)).isEqualTo(expected);

    // the control: with no lateness allowed, shares behind the watermark miss partners already dropped
    Set<String> tooStrict = stream(disordered, c.withLateness(Duration.ZERO), false, true);
    assertThat(expected).containsAll(tooStrict);
    assertThat(tooStrict).hasSizeLessThan(expected.size());
  }
}
