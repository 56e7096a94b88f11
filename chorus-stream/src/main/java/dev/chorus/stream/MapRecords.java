package dev.chorus.stream;

import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.source.SourceRegistry;
import dev.chorus.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Raw records in, annotated posts out as (post id, post JSON with provenance); every reject as a line on the
 * {@link #REJECTS} side output. The sources, pseudonymiser and annotation chain are built in {@link #open} from the
 * workspace, as an ingest builds them. Before each checkpoint the pseudonyms made are written to the reveal ledger, so
 * every pseudonym the store holds after the checkpoint can be revealed.
 */
public final class MapRecords extends ProcessFunction<byte[], Tuple2<String, String>>
    implements CheckpointedFunction {
  public static final OutputTag<String> REJECTS = new OutputTag<>("rejects") { };
  private static final long serialVersionUID = 1L;

  private final StreamSettings settings;
  private transient RecordMapper mapper;
  private transient PostJson json;

  public MapRecords(StreamSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) throws Exception {
    Workspace ws = new Workspace(Path.of(settings.workspace()));
    var env = settings.keyEnvironment();
    mapper = new RecordMapper(SourceRegistry.loadDefault(), ws.pseudonymizer(env), ws.annotationChain(env));
    json = new PostJson();
  }

  @Override
  public void processElement(byte[] value, Context ctx, Collector<Tuple2<String, String>> out) {
    RawRecord record;
    try {
      record = RawRecord.fromJson(value);
    } catch (IllegalArgumentException e) {
      ctx.output(REJECTS, "input topic record: " + e.getMessage());
      return;
    }
    RecordMapper.Mapped mapped = mapper.map(record, Instant.now());
    for (Post p : mapped.posts()) {
      out.collect(Tuple2.of(p.id(), json.write(p)));
    }
    mapped.rejects().forEach(r -> ctx.output(REJECTS, r));
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    mapper.flushLedger();
  }

  @Override
  public void initializeState(FunctionInitializationContext context) {
    // no state of its own: the input's position is the source's, the posts' the store's
  }

  @Override
  public void close() throws Exception {
    if (mapper != null) {
      mapper.flushLedger();
    }
  }
}
