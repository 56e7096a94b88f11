package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.UnreadableInputException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionTest {
  @TempDir
  Path dir;

  @Test
  void theNameTellsTheCompression() {
    assertThat(Compression.of("RC_2024-01.ndjson.GZ")).isEqualTo(Compression.GZIP);
    assertThat(Compression.of("posts.ndjson")).isEqualTo(Compression.NONE);
    assertThat(Compression.stripSuffix("posts.ndjson.gz")).isEqualTo("posts.ndjson");
    assertThat(Compression.stripSuffix("posts.ndjson")).isEqualTo("posts.ndjson");
  }

  @Test
  void compressedFormatsThatCannotBeReadAreRefusedNamingThemNotCalledBinary() throws Exception {
    byte[] zst = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0, 0, 0, 0};
    byte[] xz = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0, 4};
    byte[] bz2 = {'B', 'Z', 'h', '9', '1', 'A', 'Y', '&'};
    SourceRegistry sources = SourceRegistry.loadDefault();
    assertThatThrownBy(() -> sources.detect(SourceInput.ofBytes("RS_2025-04.zst", zst)))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage("RS_2025-04.zst: Zstandard-compressed; decompress it first (zstd -d --long=31) or recompress it "
            + "with gzip");
    assertThatThrownBy(() -> Compression.refuseUnsupported("a.xz", xz)).hasMessageContaining("a.xz: xz-compressed");
    assertThatThrownBy(() -> Compression.refuseUnsupported("a.bz2", bz2)).hasMessageContaining("(bzip2 -d)");
    Compression.refuseUnsupported("a.ndjson", "{\"id\": 1}".getBytes(StandardCharsets.UTF_8)); // text passes
    assertThatThrownBy(() -> sources.detect(SourceInput.ofBytes("a.bin", new byte[] {0, 1, 2, 3, 0, 0, 9, 9})))
        .hasMessageContaining("binary content");
  }

  @Test
  void aGzipFileIsReadDecompressedAndDecodedEachTimeItIsOpened() throws Exception {
    Path gz = dir.resolve("posts.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("\uFEFFid,text\n1,سلام\n".getBytes(StandardCharsets.UTF_8));
    }
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
