package dev.chorus.stream.coordination;

import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.SharedObjects;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Annotated posts (keyed by post id) to share-table rows, of every configured kind, as the batch analysis builds them
 * ({@link SharedObjects}). Like the batch analysis's default query it reads collected posts only (an original shipped
 * as context did not take part). A post id counts once, as the store keeps one post per id: the first collected copy
 * (a replayed or re-published input gives the same post again; should two copies differ in links, tags or repost,
 * the store may keep the other one by its version rule).
 */
final class ExtractShares extends KeyedProcessFunction<String, Tuple2<String, String>, Share> {
  private static final long serialVersionUID = 1L;
  private final CoordinationSettings settings;
  private final boolean bounded;
  private transient ValueState<Boolean> seen;
  private transient PostJson json;

  ExtractShares(CoordinationSettings settings, boolean bounded) {
    this.settings = settings;
    this.bounded = bounded;
  }

  @Override
  public void open(OpenContext context) {
    ValueStateDescriptor<Boolean> d = new ValueStateDescriptor<>("post-seen", Types.BOOLEAN);
    if (!bounded) {
      // a copy arriving later than this would be late for its shares' windows anyway; a bounded job keeps all ids
      d.enableTimeToLive(StateTtlConfig.newBuilder(settings.lateness().plusDays(1)).build());
    }
    seen = getRuntimeContext().getState(d);
    json = new PostJson();
  }

  @Override
  public void processElement(Tuple2<String, String> post, Context ctx, Collector<Share> out) throws Exception {
    if (seen.value() != null) {
      return;
    }
    Post p = json.read(post.f1);
    if (p.referenced()) {
      return;
    }
    seen.update(true);
    long time = p.createdAt().getEpochSecond();
    for (ObjectKind kind : settings.kinds()) {
      Set<String> objects = SharedObjects.of(kind, p);
      for (String o : objects) {
        out.collect(new Share(kind.id(), o, p.author().id(), p.id(), time, objects.size()));
      }
    }
  }
}
