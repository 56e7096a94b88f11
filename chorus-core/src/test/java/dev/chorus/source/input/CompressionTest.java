package dev.chorus.source.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.SourceInput;
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
