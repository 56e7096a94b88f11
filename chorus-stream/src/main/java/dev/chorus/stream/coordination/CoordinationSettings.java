package dev.chorus.stream.coordination;

import dev.chorus.analysis.coordination.CoordinationRequest;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The stream's coordination detection: where the pairs go, which object kinds, the detector's parameters (the same
 * defaults as {@code chorus coordination}), and how late a share may arrive.
 *
 * @param topic the Kafka topic of coordinated pairs
 * @param kinds object kinds detected, each as its own CooRTweet run (as {@code chorus coordination --by KIND})
 * @param timeWindow seconds within which two shares of one object are coordinated
 * @param minParticipation CooRTweet's {@code min_participation}
 * @param lateness on an unbounded input, how far a share's creation time may lag behind the latest one seen and still
 *     meet every share it is coordinated with (see {@link CoSharesInWindow}); a bounded job keeps every share to the
 *     end and is exact whatever the order
 */
public record CoordinationSettings(String topic, List<ObjectKind> kinds, long timeWindow, int minParticipation,
    Duration lateness) implements Serializable {
  public static final String TOPIC = "chorus-coordination";
  /** Posts from live collectors arrive within minutes of being written; an archive is replayed with a bounded job. */
  public static final Duration DEFAULT_LATENESS = Duration.ofHours(1);

  public CoordinationSettings {
    kinds = List.copyOf(kinds);
    if (kinds.contains(ObjectKind.TEXT)) {
      throw new IllegalArgumentException("coordination by near-duplicate text needs the whole input to cluster the "
          + "texts: run 'chorus coordination --by text' on the store; the stream detects url, hashtag and repost");
    }
    new DetectionParameters(timeWindow, minParticipation, true); // refuses a negative window with a reason
    if (lateness.isNegative()) {
      throw new IllegalArgumentException("the coordination lateness must be >= 0, got " + lateness);
    }
  }

  /** Topic {@value #TOPIC}; url, hashtag and repost; {@code chorus coordination}'s window and participation. */
  public static CoordinationSettings defaults() {
    return new CoordinationSettings(TOPIC, List.of(ObjectKind.URL, ObjectKind.HASHTAG, ObjectKind.REPOST),
        CoordinationRequest.DEFAULT_TIME_WINDOW, CoordinationRequest.DEFAULT_MIN_PARTICIPATION, DEFAULT_LATENESS);
  }

  public CoordinationSettings withTopic(String other) {
    return new CoordinationSettings(other, kinds, timeWindow, minParticipation, lateness);
  }

  public CoordinationSettings withLateness(Duration other) {
    return new CoordinationSettings(topic, kinds, timeWindow, minParticipation, other);
  }

  /** The detector's parameters; loops are always removed, as in the workspace analysis. */
  public DetectionParameters parameters() {
    return new DetectionParameters(timeWindow, minParticipation, true);
  }
}
