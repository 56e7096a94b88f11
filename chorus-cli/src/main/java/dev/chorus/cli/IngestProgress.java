package dev.chorus.cli;

import dev.chorus.ingest.IngestListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows ingest progress: a progress bar (me.tongfei:progressbar) when stderr is a terminal and the output is text;
 * otherwise (a script, CI, nohup, {@code --json}) a line on stderr every few seconds, since a bar without a terminal
 * shows nothing useful ("? %") and a silent minute looks like a hang. Standard output stays clean either way.
 */
final class IngestProgress implements IngestListener, AutoCloseable {
  /**
   * Test hook (IngestKillTest): with this system property set to true, the run stops for good once a batch has been
   * stored after the first commit, and says so on stderr, so that a kill lands at a known point (uncommitted posts in
   * the index writer, a durable commit before them) instead of wherever a sleep happens to end.
   */
  static final String HALT_AFTER_FIRST_COMMIT = "chorus.test.haltAfterFirstCommit";
  private final ProgressBar bar;
  private final PrintWriter err;
  private final long intervalNanos;
  private final long startNanos = System.nanoTime();
  private long lastLineNanos = startNanos;
  private long files;
  private Path lastFile;
  private long posts;
  private long rejected;
  /** Posts in the store at the first commit, and posts read then; -1 until known (test hook only). */
  private long committedPosts = -1;
  private long readAtCommit = -1;

  private IngestProgress(ProgressBar bar, PrintWriter err, Duration interval) {
    this.bar = bar;
    this.err = err;
    this.intervalNanos = interval.toNanos();
  }

  /** {@code interval}: how often a line is printed without a terminal. */
  static IngestProgress create(boolean json, PrintWriter err, Duration interval) {
    if (json || System.console() == null) {
      return new IngestProgress(null, err, interval);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setUnit(" posts", 1)
        .setInitialMax(-1).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    return new IngestProgress(bar, err, interval);
  }

  @Override
  public void fileStarted(Path file, String format) {
    countFile(file);
    if (bar != null) {
      bar.setExtraMessage(" " + file.getFileName() + " [" + format + "]");
    }
    lineIfDue();
  }

  @Override
  public void fileFailed(Path file, String reason) {
    countFile(file);
    lineIfDue();
  }

  @Override
  public void recordRejected(long rejectedSoFar) {
    rejected = rejectedSoFar;
    lineIfDue();
  }

  @Override
  public void postsRead(long totalSoFar) {
    posts = totalSoFar;
    if (bar != null) {
      bar.stepTo(totalSoFar);
    }
    lineIfDue();
    haltForKillTest(totalSoFar);
  }

  private void countFile(Path file) {
    if (!file.equals(lastFile)) {
      files++;
      lastFile = file;
    }
  }

  /** Without a bar: a progress line once the interval has passed since the last one. */
  private void lineIfDue() {
    long now = System.nanoTime();
    if (bar != null || now - lastLineNanos < intervalNanos) {
      return;
    }
    lastLineNanos = now;
    double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
    err.printf("chorus: ingest: %,d files, %,d posts, %,.0f posts/s, %,d rejected%n", files, posts,
        posts / seconds, rejected);
    err.flush();
  }

  private void haltForKillTest(long totalSoFar) {
    if (committedPosts >= 0 && readAtCommit < 0) {
      readAtCommit = totalSoFar;
    } else if (readAtCommit >= 0 && totalSoFar > readAtCommit) {
      System.err.println("chorus: halted for a kill test: committed " + committedPosts + " posts, then stored "
          + (totalSoFar - readAtCommit) + " more");
      System.err.flush();
      while (true) {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          // keep waiting: only the kill ends this process
        }
      }
    }
  }

  @Override
  public void committed(long postsInStore) {
    if (bar != null) {
      bar.setExtraMessage(" committed, " + postsInStore + " posts in store");
    }
    if (committedPosts < 0 && Boolean.getBoolean(HALT_AFTER_FIRST_COMMIT)) {
      committedPosts = postsInStore;
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
