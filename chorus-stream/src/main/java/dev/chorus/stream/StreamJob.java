package dev.chorus.stream;

import dev.chorus.stream.coordination.CoordinationSettings;
import dev.chorus.stream.coordination.PairRecords;
import dev.chorus.stream.coordination.StreamCoordination;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The stream job's graph: input topic → {@link MapRecords} → keyed by post id → {@link StoreSink} and, exactly once,
 * the output topic; rejects to their topic; the coordinated pairs of the posts ({@link StreamCoordination}), exactly
 * once, to the coordination topic. Checkpointing on; a failed task restarts from the last checkpoint (up to
 * three times), with the input replayed from the offsets of that checkpoint.
 */
public final class StreamJob {
  /** The test hook: an operator inserted before the store (e.g. one that fails once), or null. */
  public interface Stage extends java.io.Serializable {
    SingleOutputStreamOperator<Tuple2<String, String>> apply(SingleOutputStreamOperator<Tuple2<String, String>> in);
  }

  private StreamJob() {}

  /** A local environment (this JVM) with the job's restart strategy. */
  public static StreamExecutionEnvironment localEnvironment(int parallelism) {
    return localEnvironment(parallelism, null, null);
  }

  /**
   * A local environment (this JVM) with the job's restart strategy, its checkpoints kept under {@code checkpoints}
   * (when not null), resuming from the checkpoint {@code restoreFrom} (when not null; see {@link Checkpoints}).
   */
  public static StreamExecutionEnvironment localEnvironment(int parallelism, java.nio.file.Path checkpoints,
      java.nio.file.Path restoreFrom) {
    Configuration conf = new Configuration();
    Checkpoints.configure(conf, checkpoints, restoreFrom);
    conf.setString("restart-strategy.type", "fixed-delay");
    conf.setString("restart-strategy.fixed-delay.attempts", "3");
    conf.setString("restart-strategy.fixed-delay.delay", "500 ms");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(parallelism);
    return env;
  }

  /** Adds the job to {@code env} with the default coordination detection; {@code stage} may be null. */
  public static void build(StreamExecutionEnvironment env, StreamSettings s, Stage stage) {
    build(env, s, CoordinationSettings.defaults(), stage);
  }

  /** Adds the job to {@code env}; {@code coordination} null for none, {@code stage} may be null. */
  public static void build(StreamExecutionEnvironment env, StreamSettings s, CoordinationSettings coordination,
      Stage stage) {
    env.enableCheckpointing(s.checkpointMillis());
    var sourceBuilder = KafkaSource.<byte[]>builder().setBootstrapServers(s.bootstrap())
        .setTopics(s.inputTopic()).setGroupId("chorus-stream")
        .setStartingOffsets(OffsetsInitializer.earliest())
        .setDeserializer(KafkaRecordDeserializationSchema.valueOnly(ByteArrayDeserializer.class))
        .setProperty("isolation.level", "read_committed");
    if (s.bounded()) {
      sourceBuilder.setBounded(OffsetsInitializer.latest());
    }
    KafkaSource<byte[]> source = sourceBuilder.build();
    SingleOutputStreamOperator<Tuple2<String, String>> posts = env
        .fromSource(source, WatermarkStrategy.noWatermarks(), "raw records").uid("raw-records")
        .process(new MapRecords(s)).name("map and annotate").uid("map-and-annotate");
    posts.getSideOutput(MapRecords.REJECTS)
        .sinkTo(kafka(s, new TopicRecords.Rejects(s.rejectsTopic()), "rejects"))
        .name("rejects topic").uid("rejects-topic");
    SingleOutputStreamOperator<Tuple2<String, String>> checked = stage == null ? posts : stage.apply(posts);
    checked.keyBy(p -> p.f0).sinkTo(new StoreSink(s)).name("store").uid("store")
        .setParallelism(StoreSink.writers(s, env.getParallelism()));
    checked.sinkTo(kafka(s, new TopicRecords.Posts(s.outputTopic()), "posts")).name("posts topic")
        .uid("posts-topic");
    if (coordination != null) {
      StreamCoordination.pairs(checked, coordination, s.bounded())
          .sinkTo(kafka(s, new PairRecords(coordination.topic()), "coordination")).name("coordination topic")
          .uid("coordination-topic").setParallelism(1); // pairs are few: one transaction a checkpoint, not one a task
    }
  }

  /** An exactly-once sink: records in Kafka transactions committed with the checkpoints. */
  private static <T> KafkaSink<T> kafka(StreamSettings s, KafkaRecordSerializationSchema<T> records, String name) {
    return KafkaSink.<T>builder().setBootstrapServers(s.bootstrap()).setRecordSerializer(records)
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix("chorus-" + name + "-" + s.outputTopic())
        // below the broker's transaction.max.timeout.ms (15 min by default)
        .setProperty("transaction.timeout.ms", "600000").build();
  }
}
