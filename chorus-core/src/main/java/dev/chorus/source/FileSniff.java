package dev.chorus.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The start of a file, for format detection: its name and the first {@value #HEAD_BYTES} bytes decoded as UTF-8 with
 * any byte-order mark removed.
 *
 * @param fileName the file's name (no folder), lower-cased
 * @param head the start of the content
 * @param binary true when the start holds NUL bytes or is not text
 */
public record FileSniff(String fileName, String head, boolean binary) {
  public static final int HEAD_BYTES = 64 * 1024;

  public static FileSniff of(SourceInput input) throws IOException {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readNBytes(HEAD_BYTES);
    }
    String name = input.name();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return of(name.substring(slash + 1), bytes);
  }

  public static FileSniff of(String fileName, byte[] bytes) {
    boolean binary = false;
    for (byte b : bytes) {
      if (b == 0) {
        binary = true;
        break;
      }
    }
    String head = new String(bytes, StandardCharsets.UTF_8);
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    if (!binary) {
      binary = controlShare(head) > 0.05;
    }
    return new FileSniff(fileName.toLowerCase(Locale.ROOT), head, binary);
  }

  private static double controlShare(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int bad = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
        bad++;
      }
    }
    return (double) bad / s.length();
  }

  /** The head without leading whitespace. */
  public String trimmedHead() {
    return head.stripLeading();
  }

  /** The first line of the head (whole head when it has no line break). */
  public String firstLine() {
    String t = trimmedHead();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  public boolean nameEndsWith(String suffix) {
    return fileName.endsWith(suffix) || fileName.endsWith(suffix + ".gz");
  }
}
