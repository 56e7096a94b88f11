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
  /**
   * Files of one JSON object a line larger than this go one line a record, under Kafka's default 1 MB message limit
   * (each line is a whole input of its format: an NDJSON post, an API response, a capture).
   */
  static final int SPLIT_LINES_ABOVE = 900 * 1024;

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

  /**
   * Publishes each file as one record (folders walked as ingest walks them, each file named as ingest names it);
   * {@code format} null to detect it per file; {@code synthetic} marks made-up data. Returns the records sent.
   */
  public int publish(List<Path> paths, String format, boolean synthetic) throws Exception {
    int sent = 0;
    for (var named : dev.chorus.ingest.InputFiles.namedFiles(paths).entrySet()) {
      Path f = named.getKey();
      String id = format != null ? sources.require(format).id() : detect(f);
      String name = named.getValue();
      if (Files.size(f) > SPLIT_LINES_ABOVE && oneObjectALine(f)) {
        try (var lines = Files.lines(f)) {
          for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank())::iterator) {
            send(new RawRecord(id, name, line.getBytes(java.nio.charset.StandardCharsets.UTF_8), synthetic));
            sent++;
          }
        }
        continue;
      }
      if (Files.size(f) > MAX_RECORD_BYTES) {
        throw new IllegalArgumentException(f + ": " + Files.size(f) + " bytes, more than the " + MAX_RECORD_BYTES
            + " a stream record may hold, and not one JSON object a line; split it or ingest it as a file");
      }
      send(new RawRecord(id, name, Files.readAllBytes(f), synthetic));
      sent++;
    }
    producer.flush();
    return sent;
  }

  public void send(RawRecord r) throws Exception {
    producer.send(new ProducerRecord<>(topic, r.key(), r.toJson())).get();
  }

  /** Whether the file's first line is a whole JSON object (NDJSON and its kin). */
  private static boolean oneObjectALine(Path f) throws java.io.IOException {
    try (var r = Files.newBufferedReader(f)) {
      String first = r.readLine();
      if (first == null || !first.strip().startsWith("{")) {
        return false;
      }
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(first).isObject();
      } catch (java.io.IOException e) {
        return false;
      }
    }
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
