package dev.chorus.stream.coordination;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;

/** The coordination part of the stream job's graph (see the package documentation for the flow and the argument). */
public final class StreamCoordination {
  private StreamCoordination() {}

  /**
   * The coordinated pairs of the annotated posts {@code posts} (post id, post JSON), each once; {@code bounded}: the
   * input ends, so every share is kept to the end (exact in any order).
   */
  public static DataStream<SharePair> pairs(DataStream<Tuple2<String, String>> posts, CoordinationSettings settings,
      boolean bounded) {
    DataStream<Share> shares = posts.keyBy(p -> p.f0, Types.STRING).process(new ExtractShares(settings, bounded))
        .name("coordination: shares").uid("coordination-shares");
    return pairsOfShares(shares, settings, bounded);
  }

  /** The coordinated pairs of share-table rows (the part after {@link ExtractShares}; tests feed it directly). */
  public static DataStream<SharePair> pairsOfShares(DataStream<Share> shares, CoordinationSettings settings,
      boolean bounded) {
    DataStream<Share> timed = shares.assignTimestampsAndWatermarks(watermarks(settings, bounded))
        .name("coordination: event time").uid("coordination-event-time");
    DataStream<SharePair> candidates = timed.keyBy(Share::objectKey, Types.STRING)
        .process(new CoSharesInWindow(settings)).name("coordination: co-shares in window")
        .uid("coordination-co-shares");
    DataStream<Tuple2<String, String>> activations = timed.keyBy(Share::accountKey, Types.STRING)
        .process(new AccountRows(settings)).name("coordination: account rows").uid("coordination-account-rows");
    return activations.connect(candidates)
        .keyBy(a -> a.f0, pair -> pair.earlier().kind(), Types.STRING)
        .process(new Participation(settings)).name("coordination: participation").uid("coordination-participation");
  }

  /**
   * Event time is the post's creation time. Bounded: no watermark before the end (nothing is dropped early).
   * Unbounded: the watermark trails the latest time seen by the lateness; a parallel task without input for a
   * minute does not hold it back.
   */
  static WatermarkStrategy<Share> watermarks(CoordinationSettings settings, boolean bounded) {
    WatermarkStrategy<Share> strategy = bounded ? WatermarkStrategy.noWatermarks()
        : WatermarkStrategy.<Share>forBoundedOutOfOrderness(settings.lateness()).withIdleness(Duration.ofMinutes(1));
    return strategy.withTimestampAssigner((share, previous) -> share.time() * 1000);
  }
}
