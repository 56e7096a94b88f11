package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.source.CompressedCopies;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.UnreadableInputException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionTest {
  private static final byte[] TEXT = "{\"id\": 1, \"text\": \"سلام\"}\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  @Test
  void theNameTellsTheSuffixTheFirstBytesTellTheCompression() {
    assertThat(Compression.of("RC_2024-01.ndjson.GZ")).isEqualTo(Compression.GZIP);
    assertThat(Compression.of("RS_2025-04.zst")).isEqualTo(Compression.ZSTD);
    assertThat(Compression.of("posts.ndjson")).isEqualTo(Compression.NONE);
    assertThat(Compression.stripSuffix("posts.ndjson.bz2")).isEqualTo("posts.ndjson");
    assertThat(Compression.stripSuffix("posts.ndjson")).isEqualTo("posts.ndjson");
    assertThat(Compression.sniff(CompressedCopies.GZIP.compress("a", TEXT))).isEqualTo(Compression.GZIP);
    assertThat(Compression.sniff(CompressedCopies.BZIP2.compress("a", TEXT))).isEqualTo(Compression.BZIP2);
    assertThat(Compression.sniff(CompressedCopies.XZ.compress("a", TEXT))).isEqualTo(Compression.XZ);
    assertThat(Compression.sniff(CompressedCopies.ZSTD.compress("a", TEXT))).isEqualTo(Compression.ZSTD);
    assertThat(Compression.isZip(CompressedCopies.ZIP.compress("a", TEXT))).isTrue();
    assertThat(Compression.sniff("BZh9 is how this line starts".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Compression.NONE);
    assertThat(Compression.sniff(TEXT)).isEqualTo(Compression.NONE);
  }

  @Test
  void everyCompressionIsReadByItsBytesWhateverTheName() throws Exception {
    for (CompressedCopies c : CompressedCopies.values()) {
      if (c == CompressedCopies.ZIP) {
        continue;
      }
      Path misnamed = dir.resolve("posts-" + c + ".ndjson"); // no suffix: the bytes decide
      Files.write(misnamed, c.compress("posts.ndjson", TEXT));
      try (InputStream in = SourceInput.of(misnamed).open()) {
        assertThat(in.readAllBytes()).as(c.name()).isEqualTo(TEXT);
      }
    }
  }

  /**
   * Pushshift and Arctic Shift dumps are written with {@code zstd --long=31}: frames that declare a 2 GiB window,
   * which decoders refuse by default (more than 128 MiB). A frame declaring windowLog 31, built by hand: magic, a
   * header with no content size and window descriptor 0xA8 (exponent 21: 2^(10+21)), one raw last block.
   */
  @Test
  void zstandardFramesWithALongWindowAreRead() throws Exception {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x00, (byte) 0xA8});
    int header = 1 | (TEXT.length << 3); // last block, raw, size
    frame.write(new byte[] {(byte) header, (byte) (header >> 8), (byte) (header >> 16)});
    frame.write(TEXT);
    Path zst = dir.resolve("RS_2025-04.zst");
    Files.write(zst, frame.toByteArray());
    try (InputStream in = SourceInput.of(zst).open()) {
      assertThat(in.readAllBytes()).isEqualTo(TEXT);
    }
  }

  @Test
  void aDecompressionBombIsRefusedNamingTheFileTheLimitAndHowToRaiseIt() throws Exception {
    byte[] member;
    try (ByteArrayOutputStream buf = new ByteArrayOutputStream();
        OutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(new byte[1 << 20]);
      gz.close();
      member = buf.toByteArray();
    }
    Path bomb = dir.resolve("bomb.ndjson.gz");
    try (OutputStream out = Files.newOutputStream(bomb)) {
      for (int i = 0; i < 100; i++) {
        out.write(member); // 100 gzip members of 1 MiB of zeros: about 100 KiB that grow a thousand times
      }
    }
    assertThatThrownBy(() -> {
      try (InputStream in = SourceInput.of(bomb).open()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
    }).isInstanceOf(InputLimitException.class)
        .hasMessageStartingWith(bomb + ": ")
        .hasMessageContaining("gzip-compressed bytes decompress to more than")
        .hasMessageContaining("100 times the compressed size")
        .hasMessageContaining("CHORUS_MAX_EXPANSION=1000");
    try (InputStream in = SourceInput.of(bomb, new InputLimits(20_000_000, 2_000)).open()) {
      assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(100L << 20); // raised: read whole
    }
  }

  @Test
  void damagedOrCutOffCompressedDataIsRefusedInWords() throws Exception {
    for (CompressedCopies c : new CompressedCopies[] {CompressedCopies.BZIP2, CompressedCopies.XZ,
        CompressedCopies.ZSTD, CompressedCopies.GZIP}) {
      byte[] whole = c.compress("a", TEXT);
      Path cut = dir.resolve("cut-" + c);
      Files.write(cut, Arrays.copyOf(whole, whole.length - 6));
      assertThatThrownBy(() -> {
        try (InputStream in = SourceInput.of(cut).open()) {
          in.readAllBytes();
        }
      }).as(c.name()).isInstanceOf(InputLimitException.class).hasMessageStartingWith(cut + ": ")
          .hasMessageMatching(".*(damaged or cut off).*");
    }
  }

  @Test
  void compressedDataInsideCompressedDataIsRefusedNamingItNotCalledBinary() throws Exception {
    SourceRegistry sources = SourceRegistry.loadDefault();
    byte[] twice = CompressedCopies.GZIP.compress("a", CompressedCopies.ZSTD.compress("a", TEXT));
    Path file = dir.resolve("twice.ndjson.zst.gz");
    Files.write(file, twice);
    assertThatThrownBy(() -> sources.detect(SourceInput.of(file)))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(file + ": Zstandard-compressed data inside another compressed file; decompress the outer one "
            + "first");
    assertThatThrownBy(() -> sources.detect(SourceInput.ofBytes("a.bin", new byte[] {0, 1, 2, 3, 0, 0, 9, 9})))
        .hasMessageContaining("binary content");
  }

  @Test
  void aCompressedFileIsReadDecompressedAndDecodedEachTimeItIsOpened() throws Exception {
    Path gz = dir.resolve("posts.csv.xz");
    Files.write(gz, CompressedCopies.XZ.compress("posts.csv",
        "\uFEFFid,text\n1,سلام\n".getBytes(StandardCharsets.UTF_8)));
    SourceInput input = SourceInput.of(gz);
    for (int i = 0; i < 2; i++) {
      try (InputStream in = input.open()) {
        assertThat(in.readAllBytes()).startsWith(0xEF, 0xBB, 0xBF);
      }
      try (var text = input.openText()) {
        assertThat(text.readLine()).isEqualTo("id,text");
        assertThat(text.readLine()).isEqualTo("1,سلام");
      }
    }
  }
}
