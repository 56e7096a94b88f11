package dev.chorus.stream;

import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes input files to the input topic, one {@link RawRecord} a file, its format detected as ingest detects it
 * (or given). Idempotent producer, all acknowledgements: a published record is on the broker when this returns.
 */
public final class Publisher implements AutoCloseable {
  /** The largest record the producer sends; larger files are refused with a reason (split them first). */
  public static final int MAX_RECORD_BYTES = 16 << 20;

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final SourceRegistry sources = SourceRegistry.loadDefault();

  public Publisher(String bootstrap, String topic) {
    this.topic = topic;
    this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES + 4096),
        new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Publishes each file as one record; {@code format} null to detect it. Returns the records sent. */
  public int publish(List<Path> files, String format) throws Exception {
    int sent = 0;
    for (Path f : files) {
      if (Files.size(f) > MAX_RECORD_BYTES) {
        throw new IllegalArgumentException(f + ": " + Files.size(f) + " bytes, more than the " + MAX_RECORD_BYTES
            + " a stream record may hold; split it (one line a record for NDJSON formats) or ingest it as a file");
      }
      String id = format != null ? sources.require(format).id() : detect(f);
      send(new RawRecord(id, f.getFileName().toString(), Files.readAllBytes(f)));
      sent++;
    }
    producer.flush();
    return sent;
  }

  public void send(RawRecord r) throws Exception {
    producer.send(new ProducerRecord<>(topic, r.key(), r.toJson())).get();
  }

  private String detect(Path f) throws Exception {
    Source s = sources.detect(SourceInput.of(f));
    return s.id();
  }

  @Override
  public void close() {
    producer.close();
  }
}
