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
  private final ProgressBar bar;

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
  }

  @Override
  public void committed(long postsInStore) {
    if (bar != null) {
      bar.setExtraMessage(" committed, " + postsInStore + " posts in store");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
