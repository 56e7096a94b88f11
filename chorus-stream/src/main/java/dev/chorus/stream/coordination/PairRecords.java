package dev.chorus.stream.coordination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A coordinated pair as a record of the coordination topic: CooRTweet's result row ({@code object_id, content_id,
 * content_id_y, time_delta, account_id, account_id_y}, the earlier share first) with the run's object kind as
 * {@code by} and both creation times ({@code time}, {@code time_y}, epoch seconds); keyed by kind and object, so
 * one object's pairs stay in one partition.
 */
public final class PairRecords implements KafkaRecordSerializationSchema<SharePair> {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String topic;

  public PairRecords(String topic) {
    this.topic = topic;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(SharePair pair, KafkaSinkContext context, Long timestamp) {
    Share a = pair.earlier();
    Share b = pair.later();
    return new ProducerRecord<>(topic, (a.kind() + ":" + a.object()).getBytes(StandardCharsets.UTF_8),
        json(pair).getBytes(StandardCharsets.UTF_8));
  }

  /** The record's value. */
  public static String json(SharePair pair) {
    Share a = pair.earlier();
    Share b = pair.later();
    ObjectNode o = JSON.createObjectNode();
    o.put("by", a.kind());
    o.put("object_id", a.object());
    o.put("content_id", a.content());
    o.put("content_id_y", b.content());
    o.put("time_delta", pair.timeDelta());
    o.put("account_id", a.account());
    o.put("account_id_y", b.account());
    o.put("time", a.time());
    o.put("time_y", b.time());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a coordinated pair", e);
    }
  }
}
