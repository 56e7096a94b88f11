package dev.chorus.source;

import dev.chorus.source.input.Compression;
import dev.chorus.source.input.TextEncodings;
import dev.chorus.source.input.XmlText;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The start of a file, for format detection: its name and the first {@value #HEAD_BYTES} bytes decoded by
 * {@link TextEncodings} (by the byte-order mark, UTF-8 without one; the mark removed). Bytes that decode that way to
 * binary-looking text but are XML in the encoding XML itself finds ({@link XmlText}: UTF-16/32 without a mark, a
 * declared ISO-8859-1 or windows-1252) are decoded as that XML, so that feeds in those encodings are not "binary".
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
    String head = TextEncodings.decode(bytes);
    // UTF-16 and UTF-32 text holds NUL bytes; only decoded text can tell it from binary content
    boolean binary = looksBinary(head);
    if (binary) {
      // XML finds its encoding itself: UTF-16/32 without a byte-order mark, or a declared ISO-8859-x/windows-125x
      String xml = XmlText.decode(bytes).text();
      if (xml.stripLeading().startsWith("<") && !looksBinary(xml)) {
        head = xml;
        binary = false;
      }
    }
    return new FileSniff(fileName.toLowerCase(Locale.ROOT), head, binary);
  }

  private static boolean looksBinary(String text) {
    return text.indexOf('\0') >= 0 || controlShare(text) > 0.05;
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
    return fileName.endsWith(suffix) || Compression.stripSuffix(fileName).endsWith(suffix);
  }
}
