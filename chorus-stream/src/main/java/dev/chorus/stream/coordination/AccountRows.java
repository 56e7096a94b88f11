package dev.chorus.stream.coordination;

import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by (kind, account): counts the account's rows and says once, as (kind, account), when the detector's step 1
 * lets it take part. Counts only grow, so the answer never has to be taken back.
 */
final class AccountRows extends KeyedProcessFunction<String, Share, Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;
  private final CoordinationSettings settings;
  private transient DetectionParameters rules;
  private transient ValueState<Long> rows;

  AccountRows(CoordinationSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    rules = settings.parameters(); // DetectionParameters is not serializable: made on each task
    rows = getRuntimeContext().getState(new ValueStateDescriptor<>("account-rows", Types.LONG));
  }

  @Override
  public void processElement(Share share, Context ctx, Collector<Tuple2<String, String>> out) throws Exception {
    long before = rows.value() == null ? 0 : rows.value();
    rows.update(before + 1);
    if (rules.active(before + 1) && (before == 0 || !rules.active(before))) {
      out.collect(Tuple2.of(share.kind(), share.account()));
    }
  }
}
