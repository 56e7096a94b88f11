package dev.chorus.stream.coordination;

import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
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
 */
final class CoSharesInWindow extends KeyedProcessFunction<String, Share, SharePair> {
  private static final long serialVersionUID = 1L;
  private final CoordinationSettings settings;
  private transient DetectionParameters rules;
  private transient ListState<Share> kept;
  private transient Counter lateShares;

  CoSharesInWindow(CoordinationSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    rules = settings.parameters(); // DetectionParameters is not serializable: made on each task
    kept = getRuntimeContext().getListState(new ListStateDescriptor<>("kept-shares",
        TypeInformation.of(Share.class)));
    lateShares = getRuntimeContext().getMetricGroup().counter("lateShares");
  }

  @Override
  public void processElement(Share share, Context ctx, Collector<SharePair> out) throws Exception {
    if (ctx.timestamp() != null && ctx.timestamp() <= ctx.timerService().currentWatermark()) {
      lateShares.inc();
    }
    for (Share other : kept.get()) {
      SharePair pair = SharePair.of(share, other);
      Share a = pair.earlier();
      Share b = pair.later();
      if (rules.withinWindow(a.time(), b.time()) && !rules.dropsLoop(a.account().equals(b.account()),
          a.content().equals(b.content()), a.content().equals(a.object()) || b.content().equals(b.object()))) {
        out.collect(pair);
      }
    }
    kept.add(share);
    ctx.timerService().registerEventTimeTimer(droppedAt(share));
  }

  /** The event time (ms) from which no share that is not late can be within the window of {@code share}. */
  private long droppedAt(Share share) {
    return (share.time() + rules.timeWindow()) * 1000 + 999;
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SharePair> out) throws Exception {
    List<Share> still = new ArrayList<>();
    for (Share s : kept.get()) {
      if (droppedAt(s) > timestamp) {
        still.add(s);
      }
    }
    if (still.isEmpty()) {
      kept.clear();
    } else {
      kept.update(still);
    }
  }
}
