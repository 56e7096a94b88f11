package dev.chorus.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
  @TempDir Path dir;

  @Test
  void knownVectorsFromFips180() {
    assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.halfHex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
  }

  @Test
  void aFileLargerThanOneBlockHashesLikeItsBytes() throws Exception {
    byte[] bytes = new byte[200_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Path file = Files.write(dir.resolve("big.bin"), bytes);
    assertThat(Sha256.hex(file)).isEqualTo(Sha256.hex(bytes)).hasSize(64);
  }

  /** Arabic, Hebrew and Latin letters: several UTF-8 byte lengths, no lone surrogates (those do not round-trip). */
  @Property
  void textIsHashedAsUtf8AndPiecesAsTheWhole(@ForAll @AlphaChars @CharRange(from = '\u0600', to = '\u06FF') String a,
      @ForAll @NumericChars @CharRange(from = '\u05D0', to = '\u05EA') String b) {
    var digest = Sha256.newDigest();
    digest.update(a.getBytes(StandardCharsets.UTF_8));
    digest.update(b.getBytes(StandardCharsets.UTF_8));
    assertThat(Sha256.hex(digest)).isEqualTo(Sha256.hex(a + b)).matches("[0-9a-f]{64}");
  }
}
