package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8#scan} calls bytes valid exactly when the JDK's UTF-8 decoder does, and {@link Utf8#decodedLength}
 * counts the chars it decodes them to.
 */
class Utf8Properties {
  /** The bytes where UTF-8's rules change: ASCII's end, continuation ranges, leads of overlongs and surrogates. */
  private static final int[] EDGES = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
      0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF};

  /** Byte strings made mostly of bytes 0x80 to 0xFF, the edges and pieces of valid text, so that many are valid. */
  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> one = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0x80, 0xFF).map(b -> new byte[] {(byte) (int) b})),
        Tuple.of(4, Arbitraries.of(edges())
            .map(b -> new byte[] {(byte) (int) b})),
        Tuple.of(2, Arbitraries.integers().between(0x01, 0x7F).map(b -> new byte[] {(byte) (int) b})),
        Tuple.of(3, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
            .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
            .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8))));
    return one.list().ofMaxSize(24).map(Utf8Properties::concat);
  }

  private static List<Integer> edges() {
    return java.util.Arrays.stream(EDGES).boxed().toList();
  }

  @Property(tries = 20_000)
  void validExactlyWhenTheJdkDecoderSays(@ForAll("bytes") byte[] bytes, @ForAll @IntRange(max = 3) int before,
      @ForAll @IntRange(max = 3) int after) {
    // the range within a larger array: bytes around it must not count
    byte[] padded = new byte[before + bytes.length + after];
    java.util.Arrays.fill(padded, (byte) 0x80);
    System.arraycopy(bytes, 0, padded, before, bytes.length);
    int scan = Utf8.scan(padded, before, bytes.length);
    boolean valid = jdkSaysValid(bytes);
    assertThat((scan & Utf8.MALFORMED) == 0).as("valid").isEqualTo(valid);
    if (valid) {
      assertThat((scan & Utf8.NUL) != 0).as("has NUL").isEqualTo(contains(bytes, (byte) 0));
    }
    // Utf8Lines's bounds: a byte is at most a char, and no char (a U+FFFD neither) takes more than 3 bytes
    assertThat(Utf8.decodedLength(padded, before, bytes.length)).as("chars")
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8).length())
        .isBetween((bytes.length + 2) / 3L, (long) bytes.length);
  }

  @Property(tries = 2_000)
  void anyByteStringToo(@ForAll byte[] bytes) {
    assertThat((Utf8.scan(bytes, 0, bytes.length) & Utf8.MALFORMED) == 0).isEqualTo(jdkSaysValid(bytes));
  }

  @Test
  void everyTwoToFourByteSequenceOfLeadAndEdges() {
    // exhaustive over a lead byte followed by up to three bytes from the edges and a few others
    int[] next = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF};
    for (int lead = 0; lead < 256; lead++) {
      check(new byte[] {(byte) lead});
      for (int a : next) {
        check(new byte[] {(byte) lead, (byte) a});
        for (int b : next) {
          check(new byte[] {(byte) lead, (byte) a, (byte) b});
          for (int c : next) {
            check(new byte[] {(byte) lead, (byte) a, (byte) b, (byte) c});
          }
        }
      }
    }
  }

  @Test
  void asciiSpaceIsWhatJavaCallsWhiteSpace() {
    for (int b = 0; b < 128; b++) {
      assertThat(Utf8.isAsciiSpace((byte) b)).as("byte %d", b).isEqualTo(Character.isWhitespace(b));
    }
  }

  private static void check(byte[] bytes) {
    assertThat((Utf8.scan(bytes, 0, bytes.length) & Utf8.MALFORMED) == 0).as(java.util.HexFormat.of()
        .formatHex(bytes)).isEqualTo(jdkSaysValid(bytes));
  }

  private static boolean jdkSaysValid(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }

  private static byte[] concat(List<byte[]> parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
