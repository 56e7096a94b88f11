package dev.chorus.source.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.TreeSet;

/**
 * Decodes bytes as {@link java.io.InputStreamReader} does (malformed bytes become U+FFFD, so one bad byte costs no
 * record), but notes the line of each replacement: the decoder reports errors instead of replacing silently, which
 * also tells a replacement apart from a U+FFFD that the input genuinely contains. Lines are counted as
 * {@link java.io.BufferedReader#readLine} and Commons CSV count them (LF, CR LF or a lone CR end a line), 1-based.
 * Meant to be read through a {@link java.io.BufferedReader} (reads of at least two chars); not thread-safe.
 */
final class ReplacingDecoder extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
  /** Lines (1-based) where undecodable bytes were replaced. */
  private final TreeSet<Long> replacedLines = new TreeSet<>();
  /** Lines (1-based) cut at {@link #maxLineChars}. */
  private final TreeSet<Long> cutLines = new TreeSet<>();
  /** The longest line passed on; the rest of a longer line is dropped. 0: no limit. */
  private long maxLineChars;
  private long lineChars;
  private long line = 1;
  private boolean afterCr;
  private boolean endOfInput;
  private boolean flushed;

  ReplacingDecoder(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip(); // nothing read yet
  }

  /** Whether bytes were replaced on any line from {@code first} to {@code last} (decoded so far). */
  boolean replacedWithin(long first, long last) {
    Long at = replacedLines.ceiling(first);
    return at != null && at <= last;
  }

  /** Whether any line from {@code first} to {@code last} was cut at the line-length limit (decoded so far). */
  boolean cutWithin(long first, long last) {
    Long at = cutLines.ceiling(first);
    return at != null && at <= last;
  }

  void cutLinesLongerThan(long maxChars) {
    this.maxLineChars = maxChars;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (flushed || len == 0) {
      return flushed ? -1 : 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      int start = out.position();
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      out.position(countLines(cbuf, start, out.position()));
      if (result.isError()) {
        if (!out.hasRemaining()) {
          break; // the decoder reports the same bytes again on the next read
        }
        replacedLines.add(line);
        out.put('\uFFFD');
        out.position(countLines(cbuf, out.position() - 1, out.position()));
        bytes.position(bytes.position() + result.length());
      } else if (out.position() > off) {
        break;
      } else if (result.isOverflow()) {
        continue; // all that was decoded belonged to a cut line: decode on
      } else if (endOfInput) {
        decoder.flush(out);
        flushed = true;
        break;
      } else {
        fill();
      }
    }
    int n = out.position() - off;
    return n == 0 ? -1 : n;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /**
   * Counts the lines of {@code cbuf[from, to)} and drops the characters of a line past {@link #maxLineChars} (so a
   * line of any length costs bounded memory); returns the new end.
   */
  private int countLines(char[] cbuf, int from, int to) {
    int kept = from;
    for (int i = from; i < to; i++) {
      char c = cbuf[i];
      boolean lineBreak = c == '\r' || c == '\n';
      if (!lineBreak && maxLineChars > 0 && lineChars >= maxLineChars) {
        cutLines.add(line);
        continue;
      }
      if (c == '\r' || (c == '\n' && !afterCr)) {
        line++;
      }
      afterCr = c == '\r';
      lineChars = lineBreak ? 0 : lineChars + 1;
      cbuf[kept++] = c;
    }
    return kept;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
