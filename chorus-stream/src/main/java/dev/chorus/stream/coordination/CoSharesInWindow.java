package dev.chorus.stream.coordination;

import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by shared object: keeps the object's shares while another share could still fall within the time window of
 * them, and pairs each arriving share with every kept one that is within the window and not a loop (the detector's
 * steps 2 and 3, by its own rules). Each unordered pair is emitted once: by whichever of its two shares arrives second.
 *
 * <p>Out of order: the batch sweep sees every share of an object at once; here a share meets only the shares kept when
 * it arrives, so exactness depends on what is dropped. A share at time t is dropped when the event-time watermark
 * passes the end of second {@code t + window}, by a timer. A share that is not late (its time after the watermark)
 * therefore still finds every share at most {@code window} seconds before it, and every share after it arrives later
 * or is kept, so it meets all its partners in either order. The watermark trails the latest creation time seen by
 * {@link CoordinationSettings#lateness()} on an unbounded input, so shares up to that much out of order give exactly
 * the batch pairs; a later one still pairs with what is kept and is counted in the {@code lateShares} metric. A bounded
 * job has no watermark before its end: every share of the run is kept and the pairs are exact in any order.
 *
 * <p>Shares are kept by second, so that a share meets only the seconds within the window of it (at most
 * {@code 2 * window + 1} lookups, or fewer when fewer seconds are kept), not every share of a popular object, and a
 * timer drops a whole second.
 */
final class CoSharesInWindow extends KeyedProcessFunction<String, Share, SharePair> {
  private static final long serialVersionUID = 1L;
  private final CoordinationSettings settings;
  private transient DetectionParameters rules;
  private transient MapState<Long, List<Share>> bySecond;
  private transient ValueState<Long> seconds;
  private transient Counter lateShares;

  CoSharesInWindow(CoordinationSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    rules = settings.parameters(); // DetectionParameters is not serializable: made on each task
    bySecond = getRuntimeContext().getMapState(new MapStateDescriptor<>("shares-by-second", Types.LONG,
        Types.LIST(TypeInformation.of(Share.class))));
    seconds = getRuntimeContext().getState(new ValueStateDescriptor<>("seconds-kept", Types.LONG));
    lateShares = getRuntimeContext().getMetricGroup().counter("lateShares");
  }

  @Override
  public void processElement(Share share, Context ctx, Collector<SharePair> out) throws Exception {
    if (ctx.timestamp() != null && ctx.timestamp() <= ctx.timerService().currentWatermark()) {
      lateShares.inc();
    }
    long kept = seconds.value() == null ? 0 : seconds.value();
    if (kept <= 2 * rules.timeWindow() + 1) {
      for (Map.Entry<Long, List<Share>> e : bySecond.entries()) {
        pair(share, e.getValue(), out);
      }
    } else {
      for (long s = share.time() - rules.timeWindow(); s <= share.time() + rules.timeWindow(); s++) {
        pair(share, bySecond.get(s), out);
      }
    }
    List<Share> same = bySecond.get(share.time());
    List<Share> now = same == null ? new ArrayList<>() : new ArrayList<>(same);
    now.add(share);
    bySecond.put(share.time(), now);
    if (same == null) {
      seconds.update(kept + 1);
      ctx.timerService().registerEventTimeTimer(droppedAt(share.time()));
    }
  }

  /** Emits the pairs of {@code share} with each of {@code others} (may be null) within the window, loops dropped. */
  private void pair(Share share, List<Share> others, Collector<SharePair> out) {
    if (others == null) {
      return;
    }
    for (Share other : others) {
      SharePair pair = SharePair.of(share, other);
      Share a = pair.earlier();
      Share b = pair.later();
      if (rules.withinWindow(a.time(), b.time()) && !rules.dropsLoop(a.account().equals(b.account()),
          a.content().equals(b.content()), a.content().equals(a.object()) || b.content().equals(b.object()))) {
        out.collect(pair);
      }
    }
  }

  /** The event time (ms) from which no share that is not late can be within the window of second {@code time}. */
  private long droppedAt(long time) {
    return (time + rules.timeWindow()) * 1000 + 999;
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SharePair> out) throws Exception {
    long second = (timestamp - 999) / 1000 - rules.timeWindow();
    bySecond.remove(second);
    long kept = seconds.value() == null ? 1 : seconds.value();
    if (kept <= 1) {
      seconds.clear();
    } else {
      seconds.update(kept - 1);
    }
  }
}
