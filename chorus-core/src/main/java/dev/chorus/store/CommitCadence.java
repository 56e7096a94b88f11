package dev.chorus.store;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When a long write to the store (an ingest, a re-annotation) commits, besides at its end: once {@code interval} has
 * passed since its last commit (checked as posts come), or once {@code posts} posts came since, whichever is first.
 *
 * <p>Why both: the interval bounds what a killed run has to read again and how long a slow stream's posts wait
 * before searches see them, whatever the rate; the count bounds the heap that the ids read since the last commit
 * hold, however fast the machine. Why not a small fixed count (it was 50,000 posts): every ingest commit stops the
 * lanes until the posts before it are written and synced, and the twenty commits of a million-post ingest on two
 * cores took 10.5 of its 46.7 s; it now commits about four times.
 *
 * @param posts posts read since the last commit that make one due (at least 1)
 * @param interval time since the last commit that makes one due (positive)
 */
public record CommitCadence(long posts, Duration interval) {
  /** Ten seconds or 250,000 posts. */
  public static final CommitCadence DEFAULT = new CommitCadence(250_000, Duration.ofSeconds(10));

  public CommitCadence {
    if (posts < 1 || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a commit cadence needs at least 1 post and a positive interval, not "
          + posts + " posts and " + interval);
    }
  }

  /** Whether a commit is due after {@code postsSince} posts and {@code millisSince} milliseconds since the last. */
  public boolean due(long postsSince, long millisSince) {
    return postsSince >= posts || millisSince >= interval.toMillis();
  }

  /** The posts and time since one write's last commit, counted from now by {@code millis}. */
  public Since start(LongSupplier millis) {
    return new Since(this, millis);
  }

  /** What a write keeps to know when its next commit is due ({@link #start}). Not thread-safe. */
  public static final class Since {
    private final CommitCadence cadence;
    private final LongSupplier millis;
    private long posts;
    private long lastCommit;

    private Since(CommitCadence cadence, LongSupplier millis) {
      this.cadence = cadence;
      this.millis = millis;
      this.lastCommit = millis.getAsLong();
    }

    /** Counts one more post; whether a commit is now due. */
    public boolean postAdded() {
      return cadence.due(++posts, millis.getAsLong() - lastCommit);
    }

    /** A commit was made: the count and the time start again. */
    public void committed() {
      posts = 0;
      lastCommit = millis.getAsLong();
    }
  }
}
