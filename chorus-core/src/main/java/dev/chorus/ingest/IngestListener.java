package dev.chorus.ingest;

import java.nio.file.Path;

/** Progress of an ingest run, for progress bars and logs. Every method has a do-nothing default. */
public interface IngestListener {
  IngestListener NONE = new IngestListener() {};

  default void fileStarted(Path file, String format) {}

  default void postsRead(long totalSoFar) {}

  default void fileFailed(Path file, String reason) {}

  /** A record was rejected; {@code rejectedSoFar} counts the run's rejected records. */
  default void recordRejected(long rejectedSoFar) {}

  /** Everything up to here is durable; {@code postsInStore} is the store's size. */
  default void committed(long postsInStore) {}
}
