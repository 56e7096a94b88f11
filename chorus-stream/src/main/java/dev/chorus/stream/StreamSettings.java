package dev.chorus.stream;

import java.io.Serializable;
import java.util.Map;

/**
 * What a stream job needs, shipped with the job to every task: the Kafka bootstrap servers and topics, the store's
 * URL, and the workspace whose codebook, models, public-figure list and reveal ledger the job uses (a folder every
 * task manager can read: on one machine, the workspace itself).
 *
 * @param env the variables the pseudonym key is read from ({@code CHORUS_KEY}, {@code XDG_CONFIG_HOME}); empty to read
 *     the task manager's own environment, which is how a cluster should get the key (it then never travels with the
 *     job)
 * @param bounded stop at the input topic's end as it is when the job starts (a batch over what was published)
 */
public record StreamSettings(String bootstrap, String inputTopic, String outputTopic, String rejectsTopic,
    String store, String workspace, Map<String, String> env, boolean bounded, long checkpointMillis)
    implements Serializable {
  public static final String INPUT_TOPIC = "chorus-raw";
  public static final String OUTPUT_TOPIC = "chorus-posts";
  public static final String REJECTS_TOPIC = "chorus-rejects";

  public StreamSettings {
    env = Map.copyOf(env);
  }

  /** Default topics, checkpoints every 2 s. */
  public static StreamSettings of(String bootstrap, String store, String workspace, Map<String, String> env,
      boolean bounded) {
    return new StreamSettings(bootstrap, INPUT_TOPIC, OUTPUT_TOPIC, REJECTS_TOPIC, store, workspace, env, bounded,
        2_000);
  }

  Map<String, String> keyEnvironment() {
    return env.isEmpty() ? System.getenv() : env;
  }
}
