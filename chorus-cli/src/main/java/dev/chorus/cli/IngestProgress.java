package dev.chorus.cli;

import dev.chorus.ingest.IngestListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows ingest progress: a progress bar (me.tongfei:progressbar) when stderr is a terminal, nothing otherwise, so
 * that scripts and {@code --json} runs get clean output.
 */
final class IngestProgress implements IngestListener, AutoCloseable {
  /**
   * Test hook (IngestKillTest): with this system property set to true, the run stops for good once a batch has been
   * stored after the first commit, and says so on stderr, so that a kill lands at a known point (uncommitted posts in
   * the index writer, a durable commit before them) instead of wherever a sleep happens to end.
   */
  static final String HALT_AFTER_FIRST_COMMIT = "chorus.test.haltAfterFirstCommit";
  private final ProgressBar bar;
  /** Posts in the store at the first commit, and posts read then; -1 until known (test hook only). */
  private long committedPosts = -1;
  private long readAtCommit = -1;

  private IngestProgress(ProgressBar bar) {
    this.bar = bar;
  }

  static IngestProgress create(boolean quiet, PrintWriter err) {
    if (quiet || System.console() == null) {
      return new IngestProgress(null);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setUnit(" posts", 1)
        .setInitialMax(-1).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    return new IngestProgress(bar);
  }

  @Override
  public void fileStarted(Path file, String format) {
    if (bar != null) {
      bar.setExtraMessage(" " + file.getFileName() + " [" + format + "]");
    }
  }

  @Override
  public void postsRead(long totalSoFar) {
    if (bar != null) {
      bar.stepTo(totalSoFar);
    }
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
