package dev.chorus.analysis.coordination.coortweet;

import java.io.IOException;

/**
 * Receives the coordinated pairs of a detection run one at a time, so that no run has to hold its output in memory.
 * {@code earlier} and {@code later} are row numbers of the {@link ShareTable}; {@code timeDelta >= 0}.
 */
@FunctionalInterface
public interface PairSink {
  void pair(int earlier, int later, long timeDelta) throws IOException;

  /** Called once after the last pair of an object (lets network builders count distinct objects per pair). */
  default void endObject(int object) throws IOException {}
}
