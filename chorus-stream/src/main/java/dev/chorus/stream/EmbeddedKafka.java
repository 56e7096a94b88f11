package dev.chorus.stream;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A one-node Kafka (KRaft, broker and controller in one) in this JVM, from Kafka's own test kit: for {@code chorus
 * stream demo} and the tests, so the whole path runs in one process with a real broker. Its data lives in
 * {@code dir}, deleted on close.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  public static EmbeddedKafka start(Path dir) throws Exception {
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).setBaseDirectory(dir).build())
        // one broker: the internal topics of transactions and groups cannot be replicated
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("message.max.bytes", String.valueOf(Publisher.MAX_RECORD_BYTES + 4096))
        .setDeleteOnClose(true).build();
    formatQuietly(cluster);
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new EmbeddedKafka(cluster);
  }

  /**
   * Formats the node's storage. The test kit prints its bootstrap metadata to standard output, which would break a
   * command's JSON output: that line goes nowhere.
   */
  private static void formatQuietly(KafkaClusterTestKit cluster) throws Exception {
    java.io.PrintStream out = System.out;
    synchronized (System.class) {
      System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      try {
        cluster.format();
      } finally {
        System.setOut(out);
      }
    }
  }

  public String bootstrap() {
    return cluster.bootstrapServers();
  }

  /** Creates the topics (one partition each unless given) if they do not exist yet. */
  public void createTopics(int partitions, String... topics) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
      var existing = admin.listTopics().names().get();
      List<NewTopic> fresh = java.util.Arrays.stream(topics).filter(t -> !existing.contains(t))
          .map(t -> new NewTopic(t, partitions, (short) 1)).toList();
      admin.createTopics(fresh).all().get();
    }
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
