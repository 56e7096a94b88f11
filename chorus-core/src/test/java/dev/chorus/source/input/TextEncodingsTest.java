package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextEncodingsTest {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  @Test
  void withoutAMarkTextIsUtf8() throws IOException {
    assertThat(read("شعار #آزادی ok".getBytes(StandardCharsets.UTF_8))).isEqualTo("شعار #آزادی ok");
  }

  @Test
  void theMarkNamesTheCharsetAndIsDropped() throws IOException {
    for (Charset c : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, UTF_32LE,
        UTF_32BE)) {
      byte[] bytes = "\uFEFFid,text\n1,שלום".getBytes(c);
      assertThat(read(bytes)).as(c.name()).isEqualTo("id,text\n1,שלום");
      assertThat(TextEncodings.decode(bytes)).as(c.name()).isEqualTo("id,text\n1,שלום");
    }
  }

  @Test
  void aMarkLaterInTheTextIsText() throws IOException {
    assertThat(read("a\uFEFFb".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFEFFb");
  }

  @Test
  void malformedBytesBecomeReplacementCharactersNotErrors() throws IOException {
    byte[] bytes = {'o', 'k', (byte) 0xC3, '!'};
    assertThat(read(bytes)).isEqualTo("ok\uFFFD!");
    assertThat(TextEncodings.decode(bytes)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void theLinesWithUndecodableBytesAreKnownButAGenuineReplacementCharacterIsNoError() throws IOException {
    byte[] bytes = concat("a\r\nb\uFFFD\n".getBytes(StandardCharsets.UTF_8), new byte[] {'c', (byte) 0xFF, '\r'},
        "d\ne".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});
    try (DecodedText text = TextEncodings.reader(new ByteArrayInputStream(bytes))) {
      assertThat(text.lines()).containsExactly("a", "b\uFFFD", "c\uFFFD", "d", "e\uFFFD");
      assertThat(text.replacedWithin(1, 2)).as("a genuine U+FFFD on line 2").isFalse();
      assertThat(text.replacedWithin(3, 3)).isTrue();
      assertThat(text.replacedWithin(4, 4)).isFalse();
      assertThat(text.replacedWithin(5, 5)).as("a sequence cut off at the end").isTrue();
      assertThat(text.replacedWithin(1, 9)).isTrue();
    }
  }

  @Property(tries = 300)
  void anyBytesDecodeAsJavaDecodesThem(@ForAll byte[] bytes) throws IOException {
    // no mark: 0xEF 0xBB 0xBF or 0xFE 0xFF at the start would choose another charset than the comparison's
    byte[] unmarked = concat(new byte[] {'x'}, bytes);
    assertThat(read(unmarked)).isEqualTo(new String(unmarked, StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void emptyAndMarkOnlyInputsAreEmptyText() throws IOException {
    assertThat(read(new byte[0])).isEmpty();
    assertThat(TextEncodings.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEmpty();
  }

  @Provide
  Arbitrary<Charset> charsets() {
    return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, UTF_32LE,
        UTF_32BE);
  }

  @Provide
  Arbitrary<String> texts() {
    // any Unicode text, surrogate pairs included, but no lone surrogates (they cannot be encoded) and not starting with
    // U+0000: UTF-32LE's mark FF FE 00 00 followed by more NULs is UTF-16LE's mark and a NUL, which no tool writes
    Arbitrary<Integer> codePoints = Arbitraries.oneOf(Arbitraries.integers().between(0, 0x7F),
        Arbitraries.integers().between(0, 0x10FFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF));
    return codePoints.list().ofMaxSize(300)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()))
        .filter(s -> !s.startsWith("\0"));
  }

  @Property(tries = 300)
  void anyTextWithAMarkReadsBackExactly(@ForAll("texts") String text, @ForAll("charsets") Charset charset)
      throws IOException {
    byte[] bytes = ("\uFEFF" + text).getBytes(charset);
    assertThat(read(bytes)).isEqualTo(text);
    assertThat(TextEncodings.decode(bytes)).isEqualTo(text);
  }

  @Property(tries = 300)
  void anyUtf8TextWithoutAMarkReadsBackExactly(@ForAll("texts") String text) throws IOException {
    // text that itself starts with U+FEFF would be read as having a mark; that is the meaning of a leading U+FEFF
    String unmarked = text.startsWith("\uFEFF") ? "x" + text : text;
    assertThat(read(unmarked.getBytes(StandardCharsets.UTF_8))).isEqualTo(unmarked);
  }

  private static String read(byte[] bytes) throws IOException {
    try (Reader r = TextEncodings.reader(new ByteArrayInputStream(bytes))) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[7]; // small, so that reads cross character boundaries
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
        b.append(buf, 0, n);
      }
      return b.toString();
    }
  }
}
