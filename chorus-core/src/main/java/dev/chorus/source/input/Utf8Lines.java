package dev.chorus.source.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of UTF-8 text as bytes. It exists for NDJSON ({@link JsonRecords#forEachLine}): decoding every line into a
 * String and parsing its chars cost a third more CPU time than handing the line's bytes to Jackson's UTF-8 parser (5.0
 * against 3.7 s for 450 MB of X API v2 pages in Persian, Arabic, Hebrew and English). So
 * the lines are split on bytes, and a line is decoded ({@link #text}) only when it must be, with the results of
 * {@link DecodedText}: lines end at LF, CR LF or a lone CR and are numbered from 1, blank ones too (in UTF-8 the bytes
 * 0x0A and 0x0D are never inside a multi-byte sequence); bytes that are not valid UTF-8 become U+FFFD, one for each
 * sequence the JDK's decoder reports. A line of more than {@code maxChars} UTF-16 chars is {@link #tooLong} and costs
 * bounded memory: of a line, at most {@code 3 × maxChars + 1} bytes are held, since no char takes more than 3 bytes (a
 * U+FFFD replaces at most 3). Not thread-safe.
 */
final class Utf8Lines {
  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private final long maxChars;
  private final int maxBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int end;
  /** The last line ended with CR: an LF right after it ends no other line. */
  private boolean afterCr;
  private byte[] line = new byte[CHUNK];
  private int length;
  /** Bytes of the line past {@link #maxBytes} were dropped. */
  private boolean cut;
  private long number;
  /** {@link Utf8#scan} of the line, -1 until asked. */
  private int scan;
  private String text;

  /** Lines of {@code in} (text after any byte-order mark); {@code maxChars} must be one that {@link #canHold}. */
  Utf8Lines(InputStream in, long maxChars) {
    if (!canHold(maxChars)) {
      throw new IllegalArgumentException("lines of " + maxChars + " chars do not fit an array");
    }
    this.in = in;
    this.maxChars = maxChars;
    this.maxBytes = (int) (3 * maxChars + 1);
  }

  /** Whether the bytes of a line of {@code maxChars} chars ({@code 3 × maxChars + 1}) fit in one array. */
  static boolean canHold(long maxChars) {
    return maxChars >= 1 && maxChars <= (Integer.MAX_VALUE - 16) / 3;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    cut = false;
    scan = -1;
    text = null;
    while (pos < end || fill()) {
      if (afterCr && chunk[pos] == '\n') {
        pos++; // the LF of a CR LF
      }
      afterCr = false;
      int i = pos;
      while (i < end && chunk[i] != '\n' && chunk[i] != '\r') {
        i++;
      }
      append(i - pos);
      if (i < end) {
        afterCr = chunk[i] == '\r';
        pos = i + 1;
        number++;
        return true;
      }
    }
    if (length == 0) {
      return false; // as BufferedReader.readLine: no line after the last line end
    }
    number++;
    return true;
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, CHUNK);
    pos = 0;
    end = Math.max(n, 0);
    return n > 0 || (n == 0 && fill());
  }

  /** Appends {@code chunk[pos, pos + n)} to the line, up to {@link #maxBytes}, and moves past it. */
  private void append(int n) {
    int kept = Math.min(n, maxBytes - length);
    cut |= kept < n;
    if (length + kept > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(2L * line.length, length + kept)));
    }
    System.arraycopy(chunk, pos, line, length, kept);
    length += kept;
    pos += n;
  }

  /** The line's 1-based number. */
  long number() {
    return number;
  }

  /** The line's bytes, in {@code [0, length())}; valid until {@link #next}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Whether the line has more than {@code maxChars} chars; then only {@link #start} of it can be read. */
  boolean tooLong() {
    // no more bytes than maxChars: surely short (a byte is at most a char); more than 3 × maxChars: cut, surely long
    return cut || (length > maxChars && Utf8.decodedLength(line, 0, length) > maxChars);
  }

  /** Whether the line is white space only, as {@link String#isBlank} says of its text. */
  boolean isBlank() {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (line[i] >= 0 && !Utf8.isAsciiSpace(line[i])) {
        return false;
      }
      ascii &= line[i] >= 0;
    }
    return ascii || text().isBlank(); // e.g. U+3000, an ideographic space
  }

  /** Whether the line has bytes that are not valid UTF-8. */
  boolean malformed() {
    return (scan() & Utf8.MALFORMED) != 0;
  }

  /**
   * Whether Jackson's byte parser may be given the line: valid UTF-8 without NUL bytes (from which it would guess
   * UTF-16 or UTF-32) that starts with '{' or '[' after spaces (not with a byte-order mark, which it would skip and the
   * char parser refuses). What it parses the char parser parses alike; what it refuses must be read as text.
   */
  boolean fitsByteParser() {
    int i = 0;
    while (i < length && (line[i] == ' ' || line[i] == '\t')) {
      i++;
    }
    return i < length && (line[i] == '{' || line[i] == '[') && scan() == 0;
  }

  private int scan() {
    if (scan < 0) {
      scan = Utf8.scan(line, 0, length);
    }
    return scan;
  }

  /** The line's text, U+FFFD for bytes that are not valid UTF-8; not for a {@link #tooLong} line. */
  String text() {
    if (text == null) {
      text = new String(line, 0, length, StandardCharsets.UTF_8);
    }
    return text;
  }

  /**
   * The first {@code chars} chars of the line's text (all of a shorter line), decoded from no more than its first
   * {@code 3 × chars + 1} bytes: the last of those chars starts within {@code 3 × (chars - 1)} bytes, and the decoder
   * decides each char from at most the 4 bytes it starts at, so bytes dropped after them change none of them.
   */
  String start(int chars) {
    String s = new String(line, 0, (int) Math.min(length, 3L * chars + 1), StandardCharsets.UTF_8);
    return s.substring(0, Math.min(chars, s.length()));
  }
}
