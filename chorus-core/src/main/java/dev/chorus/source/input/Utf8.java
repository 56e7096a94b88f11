package dev.chorus.source.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks UTF-8 bytes without decoding them, by the rules of the JDK's UTF-8 decoder (no overlong forms, no surrogates
 * U+D800 to U+DFFF, nothing past U+10FFFF, no sequence cut off at the end), so that {@link Utf8Lines} can hand a valid
 * line to Jackson's byte parser as it is and decode only the others, with U+FFFD for what is not valid, as
 * {@link TextEncodings} does.
 */
final class Utf8 {
  /** {@link #scan}: the bytes are not valid UTF-8. */
  static final int MALFORMED = 1;
  /** {@link #scan}: valid, but with a NUL byte, from which Jackson's byte parser would guess UTF-16 or UTF-32. */
  static final int NUL = 2;

  private Utf8() {}

  /**
   * Whether {@code b[off, off + len)} is valid UTF-8: 0, else {@link #MALFORMED}, or {@link #NUL} for a valid text
   * with a NUL byte (checked as far as the bytes are valid only).
   */
  static int scan(byte[] b, int off, int len) {
    int flags = 0;
    int i = off;
    int end = off + len;
    while (i < end) {
      while (i < end && b[i] > 0) {
        i++; // ASCII but NUL, the common case: signed bytes 0x80 to 0xFF are negative
      }
      if (i == end) {
        break;
      }
      if (b[i] == 0) {
        flags |= NUL;
        i++;
        continue;
      }
      int n = sequence(b, i, end);
      if (n == 0) {
        return MALFORMED;
      }
      i += n;
    }
    return flags;
  }

  /** The length of the valid multi-byte sequence at {@code b[i]} (a byte 0x80 to 0xFF), or 0 if it is not valid. */
  private static int sequence(byte[] b, int i, int end) {
    int lead = b[i] & 0xFF;
    if (lead < 0xC2) {
      return 0; // a continuation byte without a lead, or C0/C1, which could only start an overlong form of ASCII
    }
    if (lead < 0xE0) { // U+0080 to U+07FF
      return i + 1 < end && continuation(b[i + 1]) ? 2 : 0;
    }
    if (lead < 0xF0) { // U+0800 to U+FFFF
      if (i + 2 >= end) {
        return 0;
      }
      int second = b[i + 1] & 0xFF;
      boolean ok = lead == 0xE0 ? second >= 0xA0 && second <= 0xBF // below: overlong
          : lead == 0xED ? second >= 0x80 && second <= 0x9F // above: a surrogate, U+D800 to U+DFFF
          : continuation(b[i + 1]);
      return ok && continuation(b[i + 2]) ? 3 : 0;
    }
    if (lead < 0xF5) { // U+10000 to U+10FFFF
      if (i + 3 >= end) {
        return 0;
      }
      int second = b[i + 1] & 0xFF;
      boolean ok = lead == 0xF0 ? second >= 0x90 && second <= 0xBF // below: overlong
          : lead == 0xF4 ? second >= 0x80 && second <= 0x8F // above: past U+10FFFF
          : continuation(b[i + 1]);
      return ok && continuation(b[i + 2]) && continuation(b[i + 3]) ? 4 : 0;
    }
    return 0; // F5 to FF: past U+10FFFF, or the 5- and 6-byte forms UTF-8 no longer has
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /**
   * The UTF-16 chars {@code b[off, off + len)} decodes to, one U+FFFD for each sequence that is not valid as the JDK's
   * decoder reports them; counted without holding them.
   */
  static long decodedLength(byte[] b, int off, int len) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer bytes = ByteBuffer.wrap(b, off, len);
    CharBuffer chars = CharBuffer.allocate(1 << 13);
    long n = 0;
    while (decoder.decode(bytes, chars, true).isOverflow()) {
      n += chars.position();
      chars.clear();
    }
    decoder.flush(chars);
    return n + chars.position();
  }

  /** Whether an ASCII byte is white space as {@link Character#isWhitespace} and so {@link String#isBlank} say. */
  static boolean isAsciiSpace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
  }
}
