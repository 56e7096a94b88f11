package dev.chorus.stream;

import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;

/**
 * The job's entry point on a Flink cluster, the main class of the job jar ({@code ./mvnw -Pjob-jar -pl chorus-stream
 * -am package}): {@code flink run target/chorus-stream-VERSION-job.jar --kafka HOST:9092 --store
 * opensearch://HOST:9200/posts --workspace /shared/workspace [--bounded]}. The pseudonym key is read from each task
 * manager's own environment ({@code CHORUS_KEY} or its key file), never shipped with the job.
 */
public final class StreamJobMain {
  static final String USAGE = "expected --kafka BOOTSTRAP --store URL --workspace DIR [--bounded] [--input-topic T] "
      + "[--output-topic T] [--rejects-topic T] [--checkpoint-ms N]";

  private StreamJobMain() {}

  public static void main(String[] args) throws Exception {
    run(args, Map.of());
  }

  /** Runs the job in the environment Flink gives ({@code flink run}: the cluster's; else one in this JVM). */
  static void run(String[] args, Map<String, String> keyEnv) throws Exception {
    StreamSettings s = settings(args, keyEnv);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    StreamJob.build(env, s, null);
    env.execute("chorus stream");
  }

  /** The settings the arguments give; a missing one is named with the whole usage. */
  static StreamSettings settings(String[] args, Map<String, String> keyEnv) {
    ParameterTool p = ParameterTool.fromArgs(args);
    String missing = p.has("kafka") ? p.has("store") ? p.has("workspace") ? null : "--workspace" : "--store"
        : "--kafka";
    if (missing != null) {
      throw new IllegalArgumentException("chorus stream job: " + missing + " is missing; " + USAGE);
    }
    long checkpointMillis;
    try {
      checkpointMillis = Long.parseLong(p.get("checkpoint-ms", "2000"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("chorus stream job: --checkpoint-ms takes milliseconds, not '"
          + p.get("checkpoint-ms") + "'");
    }
    return new StreamSettings(p.get("kafka"), p.get("input-topic", StreamSettings.INPUT_TOPIC),
        p.get("output-topic", StreamSettings.OUTPUT_TOPIC), p.get("rejects-topic", StreamSettings.REJECTS_TOPIC),
        p.get("store"), p.get("workspace"), keyEnv, p.has("bounded"), checkpointMillis);
  }
}
