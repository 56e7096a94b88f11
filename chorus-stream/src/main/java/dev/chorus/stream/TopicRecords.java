package dev.chorus.stream;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** How the job's outputs become Kafka records (concrete classes: Flink cannot infer the types of lambdas here). */
final class TopicRecords {
  private TopicRecords() {}

  /** An annotated post: keyed by its id, the post JSON as value. */
  static final class Posts implements KafkaRecordSerializationSchema<Tuple2<String, String>> {
    private static final long serialVersionUID = 1L;
    private final String topic;

    Posts(String topic) {
      this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Tuple2<String, String> post, KafkaSinkContext context,
        Long timestamp) {
      return new ProducerRecord<>(topic, post.f0.getBytes(StandardCharsets.UTF_8),
          post.f1.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A reject: its reason in words, no key. */
  static final class Rejects implements KafkaRecordSerializationSchema<String> {
    private static final long serialVersionUID = 1L;
    private final String topic;

    Rejects(String topic) {
      this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(String reason, KafkaSinkContext context, Long timestamp) {
      return new ProducerRecord<>(topic, null, reason.getBytes(StandardCharsets.UTF_8));
    }
  }
}
