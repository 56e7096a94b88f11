package dev.chorus.source.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Decodes text input: a byte-order mark decides the character set (UTF-8, UTF-16 and UTF-32 in either byte order) and
 * is dropped; without one the text is UTF-8, as every export format Chorus reads writes it. Malformed bytes become
 * U+FFFD, as {@link String#String(byte[], Charset)} does, so that one bad byte costs no record; the reader tells which
 * lines had such bytes ({@link DecodedText#replacedWithin}) so that the ingest reports them.
 */
public final class TextEncodings {
  private static final int BUFFER = 1 << 16;
  // BOMInputStream tries the longest mark first, so UTF-32LE (FF FE 00 00) wins over UTF-16LE (FF FE) when both fit.
  private static final ByteOrderMark[] MARKS = {ByteOrderMark.UTF_8, ByteOrderMark.UTF_16BE, ByteOrderMark.UTF_16LE,
      ByteOrderMark.UTF_32BE, ByteOrderMark.UTF_32LE};

  private TextEncodings() {}

  /** A buffered reader over {@code in} in the character set its byte-order mark names, UTF-8 without one. */
  public static DecodedText reader(InputStream in) throws IOException {
    return reader(unmarked(in));
  }

  /** {@code in} without its byte-order mark: {@link #isUtf8} or {@link #reader(BOMInputStream)} tell what follows. */
  static BOMInputStream unmarked(InputStream in) throws IOException {
    return BOMInputStream.builder().setInputStream(in).setByteOrderMarks(MARKS).get();
  }

  /** Whether the text after the mark (if any) is UTF-8: no mark, or the UTF-8 one. */
  static boolean isUtf8(BOMInputStream in) throws IOException {
    return charset(in.getBOM()).equals(StandardCharsets.UTF_8);
  }

  /** A reader over the text after the mark, in the character set the mark names. */
  static DecodedText reader(BOMInputStream in) throws IOException {
    return new DecodedText(new ReplacingDecoder(in, charset(in.getBOM())), BUFFER);
  }

  /** The text of {@code bytes} (e.g. a file's first bytes), decoded as {@link #reader} would, without the mark. */
  public static String decode(byte[] bytes) {
    try (BOMInputStream bom = BOMInputStream.builder().setInputStream(new ByteArrayInputStream(bytes))
        .setByteOrderMarks(MARKS).get()) {
      ByteOrderMark mark = bom.getBOM();
      int skip = mark == null ? 0 : mark.length();
      return new String(bytes, skip, bytes.length - skip, charset(mark));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
    }
  }

  private static Charset charset(ByteOrderMark mark) {
    return mark == null ? StandardCharsets.UTF_8 : Charset.forName(mark.getCharsetName());
  }
}
