package dev.chorus.stream.coordination;

import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by object kind (one detection run): the detector's participation rules, incrementally. Step 1: a candidate
 * pair waits until both accounts are active ({@link AccountRows}). Step 4: the contents of admitted pairs form the
 * result's content set C; an account qualifies once its rows whose content is in C reach the minimum, and a pair is
 * emitted once either of its accounts qualifies. Each condition only becomes true as input grows, so a pair held back
 * is released the moment it would be in the batch result of the input seen so far, and never has to be retracted.
 * State grows with the accounts, the result's contents and the pairs still held back (output-sized, not input-sized).
 * Keyed by kind, it runs in at most one task per kind: its input is candidate pairs and activations, far fewer than
 * posts.
 */
final class Participation
    extends KeyedCoProcessFunction<String, Tuple2<String, String>, SharePair, SharePair> {
  private static final long serialVersionUID = 1L;
  private final CoordinationSettings settings;
  private transient DetectionParameters rules;
  private transient MapState<String, Boolean> active;
  private transient MapState<String, List<SharePair>> awaitingActivity;
  private transient MapState<String, Boolean> resultContents;
  private transient MapState<String, Long> resultRows;
  private transient MapState<String, List<SharePair>> awaitingQualification;

  Participation(CoordinationSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    rules = settings.parameters(); // DetectionParameters is not serializable: made on each task
    var pairs = Types.LIST(TypeInformation.of(SharePair.class));
    active = getRuntimeContext().getMapState(new MapStateDescriptor<>("active", Types.STRING, Types.BOOLEAN));
    awaitingActivity = getRuntimeContext().getMapState(new MapStateDescriptor<>("awaiting-activity", Types.STRING,
        pairs));
    resultContents = getRuntimeContext().getMapState(new MapStateDescriptor<>("result-contents", Types.STRING,
        Types.BOOLEAN));
    resultRows = getRuntimeContext().getMapState(new MapStateDescriptor<>("result-rows", Types.STRING, Types.LONG));
    awaitingQualification = getRuntimeContext().getMapState(new MapStateDescriptor<>("awaiting-qualification",
        Types.STRING, pairs));
  }

  /** An account became active: the pairs that waited for it are considered again. */
  @Override
  public void processElement1(Tuple2<String, String> activation, Context ctx, Collector<SharePair> out)
      throws Exception {
    String account = activation.f1;
    active.put(account, true);
    List<SharePair> waiting = awaitingActivity.get(account);
    awaitingActivity.remove(account);
    if (waiting != null) {
      for (SharePair pair : waiting) {
        consider(pair, out);
      }
    }
  }

  /** A candidate pair (within the window, not a loop). */
  @Override
  public void processElement2(SharePair pair, Context ctx, Collector<SharePair> out) throws Exception {
    consider(pair, out);
  }

  /** Step 1: both accounts active, else the pair waits under one that is not. */
  private void consider(SharePair pair, Collector<SharePair> out) throws Exception {
    for (String account : List.of(pair.earlier().account(), pair.later().account())) {
      if (!active.contains(account)) {
        park(awaitingActivity, account, pair);
        return;
      }
    }
    admit(pair, out);
  }

  /** Step 4 for a pair in the candidate result: emitted when either account qualifies, else held under both. */
  private void admit(SharePair pair, Collector<SharePair> out) throws Exception {
    if (!rules.filtersByResult()) {
      out.collect(pair);
      return;
    }
    String a = pair.earlier().account();
    String b = pair.later().account();
    boolean aQualifiedNow = addToResult(pair.earlier());
    boolean bQualifiedNow = addToResult(pair.later());
    if (qualifies(a) || qualifies(b)) {
      out.collect(pair);
    } else {
      park(awaitingQualification, a, pair);
      park(awaitingQualification, b, pair);
    }
    if (aQualifiedNow) {
      release(a, out);
    }
    if (bQualifiedNow) {
      release(b, out);
    }
  }

  /** Adds the share's content to C (once); returns whether its account qualified just now. */
  private boolean addToResult(Share share) throws Exception {
    if (resultContents.contains(share.content())) {
      return false;
    }
    resultContents.put(share.content(), true);
    boolean before = qualifies(share.account());
    resultRows.put(share.account(), rows(share.account()) + share.rows());
    return !before && qualifies(share.account());
  }

  private long rows(String account) throws Exception {
    Long r = resultRows.get(account);
    return r == null ? 0 : r;
  }

  private boolean qualifies(String account) throws Exception {
    return rules.qualifies(rows(account));
  }

  /** Emits the pairs held for {@code account}, and forgets them under their other account. */
  private void release(String account, Collector<SharePair> out) throws Exception {
    List<SharePair> held = awaitingQualification.get(account);
    if (held == null) {
      return;
    }
    awaitingQualification.remove(account);
    for (SharePair pair : held) {
      out.collect(pair);
      String other = pair.otherAccount(account);
      List<SharePair> others = awaitingQualification.get(other);
      if (others != null) {
        others = new ArrayList<>(others);
        others.remove(pair);
        if (others.isEmpty()) {
          awaitingQualification.remove(other);
        } else {
          awaitingQualification.put(other, others);
        }
      }
    }
  }

  private static void park(MapState<String, List<SharePair>> map, String account, SharePair pair) throws Exception {
    List<SharePair> list = map.get(account);
    list = list == null ? new ArrayList<>() : new ArrayList<>(list);
    list.add(pair);
    map.put(account, list);
  }
}
