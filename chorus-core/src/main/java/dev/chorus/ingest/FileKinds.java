package dev.chorus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a path that is not a regular file or folder is, in words, from its Unix file type where the system has one. */
final class FileKinds {
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private FileKinds() {}

  static String describe(Path p) {
    try {
      Object mode = Files.getAttribute(p, "unix:mode");
      if (mode instanceof Integer m) {
        switch (m & TYPE_MASK) {
          case FIFO:
            return "a named pipe (FIFO)";
          case CHARACTER_DEVICE:
            return "a character device";
          case BLOCK_DEVICE:
            return "a block device";
          case SOCKET:
            return "a socket";
          default:
            break;
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no Unix attributes here: fall back to the generic words below
    }
    return "a special file (pipe, device or socket)";
  }
}
