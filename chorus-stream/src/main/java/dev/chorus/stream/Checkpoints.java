package dev.chorus.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateRecoveryOptions;

/**
 * Where the stream job keeps its checkpoints, and the checkpoint a restarted job resumes from. Checkpoints are kept
 * when the job is cancelled or its process stopped ({@code RETAIN_ON_CANCELLATION}), so that {@code stream run
 * --from-checkpoint latest} goes on from the input offsets, pending topic transactions and state of the last
 * completed one; a job that reaches the end of a bounded input has nothing to resume and Flink discards them.
 */
public final class Checkpoints {
  /** The word for "the newest completed checkpoint under the checkpoint folder". */
  public static final String LATEST = "latest";
  /** Flink writes a completed checkpoint as {@code JOBID/chk-N/_metadata}. */
  private static final Pattern CHECKPOINT = Pattern.compile("chk-\\d+");
  private static final String METADATA = "_metadata";

  private Checkpoints() {}

  /** Keeps checkpoints under {@code dir} after a cancel; resumes from {@code restoreFrom} when not null. */
  static void configure(Configuration conf, Path dir, Path restoreFrom) {
    if (dir != null) {
      conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, dir.toAbsolutePath().toUri().toString());
      conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
          ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    }
    if (restoreFrom != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restoreFrom.toAbsolutePath().toUri().toString());
    }
  }

  /**
   * The checkpoint that {@code from} names: {@code latest} (the newest completed one under {@code dir}), a completed
   * {@code chk-N} folder, or a folder holding such (the newest inside). A name that leads to none is an error saying
   * where it looked.
   */
  public static Path resolve(String from, Path dir) throws IOException {
    Path where = LATEST.equals(from) ? dir : Path.of(from);
    if (Files.isRegularFile(where.resolve(METADATA))) {
      return where;
    }
    if (!Files.isDirectory(where)) {
      throw new IllegalArgumentException("--from-checkpoint " + from + ": " + where + " is not a folder; expected "
          + LATEST + ", a checkpoint folder (chk-N) or the folder holding them");
    }
    return newest(where).orElseThrow(() -> new IllegalArgumentException("--from-checkpoint " + from
        + ": no completed checkpoint (a chk-N folder with " + METADATA + ") under " + where
        + "; a job that ran to the end of a bounded input keeps none"));
  }

  /** The newest completed checkpoint anywhere under {@code dir} (job folders included), by time written. */
  static Optional<Path> newest(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir, 2)) {
      return walk.filter(p -> CHECKPOINT.matcher(p.getFileName().toString()).matches())
          .filter(p -> Files.isRegularFile(p.resolve(METADATA)))
          .max(Comparator.comparing(Checkpoints::written));
    }
  }

  private static FileTime written(Path checkpoint) {
    try {
      return Files.getLastModifiedTime(checkpoint.resolve(METADATA));
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
