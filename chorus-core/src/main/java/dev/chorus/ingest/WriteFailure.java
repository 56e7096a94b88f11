package dev.chorus.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Ingest could not write one of its files (the index, the rejects file, the run log): the message names the file,
 * the cause in words (disk full, read-only, no permission) and what is kept intact, to be shown as it is.
 */
public final class WriteFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private WriteFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * @param what the file or folder being written, e.g. "the rejects file /w/rejects/ingest-1.ndjson"
   * @param kept what is intact, e.g. "the 50,000 posts committed before are intact"
   */
  static WriteFailure of(String what, Throwable cause, String kept) {
    return new WriteFailure("cannot write " + what + ": " + inWords(cause) + "; " + kept, cause);
  }

  /** The cause in words: the system's own short message for the common cases, never an exception's class. */
  static String inWords(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("no space left") || m.contains("disk full") || m.contains("quota exceeded")) {
        return "the disk is full (no space left on the device)";
      }
      if (m.contains("read-only file system")) {
        return "the file system is read-only";
      }
      if (t instanceof AccessDeniedException || m.contains("permission denied")) {
        return "permission denied";
      }
    }
    if (cause instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
    }
    return cause.getMessage() == null ? "an input/output error" : cause.getMessage();
  }
}
