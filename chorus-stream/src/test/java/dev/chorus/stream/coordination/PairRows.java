package dev.chorus.stream.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.SharedObjects;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import dev.chorus.analysis.coordination.coortweet.CoortweetDetector;
import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs written the same way from the batch detector and from the coordination topic, for comparing them as sets: CooRTweet's
 * result columns plus the kind. Equal times have no order in a stream (the batch detector keeps input order), so
 * such a pair is written with the smaller content id first.
 */
public final class PairRows {
  private PairRows() {}

  static String row(String kind, String object, String content, String contentY, long delta, String account,
      String accountY) {
    if (delta == 0 && content.compareTo(contentY) > 0) {
      return row(kind, object, contentY, content, delta, accountY, account);
    }
    return String.join(" | ", kind, object, content, contentY, Long.toString(delta), account, accountY);
  }

  static String row(SharePair p) {
    Share a = p.earlier();
    Share b = p.later();
    return row(a.kind(), a.object(), a.content(), b.content(), p.timeDelta(), a.account(), b.account());
  }

  /** The batch detector's pairs of one kind's table, as rows. */
  public static Set<String> detect(String kind, ShareTable table, DetectionParameters parameters) throws IOException {
    Set<String> out = new TreeSet<>();
    new CoortweetDetector().detect(table, parameters, (a, b, delta) -> out.add(row(kind,
        table.name(table.object(a)), table.name(table.content(a)), table.name(table.content(b)), delta,
        table.name(table.account(a)), table.name(table.account(b)))));
    return out;
  }

  /** The batch detector's pairs of every kind {@code settings} name, over the store's collected posts. */
  public static Set<String> ofStore(PostStore store, CoordinationSettings settings) throws IOException {
    Set<String> out = new TreeSet<>();
    for (ObjectKind kind : settings.kinds()) {
      out.addAll(ofStore(store, kind, settings));
    }
    return out;
  }

  /** The batch detector's pairs of one kind over the store's collected posts, as the workspace analysis reads them. */
  public static Set<String> ofStore(PostStore store, ObjectKind kind, CoordinationSettings settings)
      throws IOException {
    ShareTable.Builder table = ShareTable.builder();
    store.forEach(PostQuery.all(), post -> SharedObjects.of(kind, post).forEach(o ->
        table.add(o, post.author().id(), post.id(), post.createdAt().getEpochSecond())));
    return detect(kind.id(), table.build(), settings.parameters());
  }

  /** Every committed record of a coordination topic as a row; a pair published twice fails the test. */
  public static Set<String> readCommitted(String bootstrap, String topic) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> out = new TreeSet<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "check-" + topic,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      int emptyPolls = 0;
      while (emptyPolls < 3) {
        var batch = consumer.poll(Duration.ofMillis(700));
        emptyPolls = batch.isEmpty() ? emptyPolls + 1 : 0;
        for (var record : batch) {
          JsonNode n = json.readTree(record.value());
          String row = row(n.get("by").asText(), n.get("object_id").asText(), n.get("content_id").asText(),
              n.get("content_id_y").asText(), n.get("time_delta").asLong(), n.get("account_id").asText(),
              n.get("account_id_y").asText());
          assertThat(out.add(row)).as("published once: %s", row).isTrue();
        }
      }
    }
    return out;
  }
}
