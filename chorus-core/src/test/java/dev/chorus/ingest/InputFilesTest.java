package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.source.CompressedCopies;
import dev.chorus.source.input.InputLimits;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  /** {@code mkfifo f; chorus ingest f} used to wait for a writer for ever: now refused before anything is opened. */
  @Test
  void aNamedPipeIsRefusedNamingItAndWhatItIs() throws Exception {
    Path fifo = dir.resolve("f");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      mkfifo = null;
    }
    assumeTrue(mkfifo != null && mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
    assertThatThrownBy(() -> InputFiles.expand(List.of(fifo), InputLimits.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(fifo + ": a named pipe (FIFO), not a regular file");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(folder.resolve("a.ndjson"), "{}\n");
    new ProcessBuilder("mkfifo", folder.resolve("b").toString()).start().waitFor(30, TimeUnit.SECONDS);
    assertThat(InputFiles.expand(List.of(folder), InputLimits.DEFAULT)).extracting(InputFiles.InputFile::path)
        .containsExactly(folder.resolve("a.ndjson")); // inside a folder: skipped, as hidden files are
  }

  @Test
  void aCharacterDeviceIsRefusedNamingIt() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    assertThatThrownBy(() -> InputFiles.expand(List.of(zero), InputLimits.DEFAULT))
        .hasMessageStartingWith("/dev/zero: a character device, not a regular file");
  }

  /** A zipped export folder: its files in name order, hidden ones skipped, compressed entries decompressed. */
  @Test
  void aZipArchiveIsReadLikeAFolder() throws Exception {
    Path zip = dir.resolve("ChatExport.zip");
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
      entry(out, "ChatExport/result.json", "{\"b\": 1}".getBytes(StandardCharsets.UTF_8));
      entry(out, "ChatExport/photos/", new byte[0]);
      entry(out, "__MACOSX/ChatExport/._result.json", new byte[] {0, 5, 22, 7});
      entry(out, "ChatExport/.DS_Store", new byte[] {0, 0, 0, 1});
      entry(out, "ChatExport/a.ndjson.gz", CompressedCopies.GZIP.compress("a.ndjson",
          "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8)));
    }
    Path renamed = dir.resolve("export.bin"); // told by its bytes too
    Files.copy(zip, renamed);
    for (Path archive : List.of(zip, renamed)) {
      List<InputFiles.InputFile> files = InputFiles.expand(List.of(archive), InputLimits.DEFAULT);
      assertThat(files).extracting(f -> f.path().toString()).containsExactly(
          archive + "/ChatExport/a.ndjson.gz", archive + "/ChatExport/result.json");
      assertThat(files).extracting(f -> f.input().name()).containsExactly(
          archive + "/ChatExport/a.ndjson.gz", archive + "/ChatExport/result.json");
      for (int i = 0; i < 2; i++) { // sources may open an input twice
        try (InputStream in = files.get(0).input().open()) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\": 1}\n");
        }
      }
    }
  }

  @Test
  void aZipBombEntryIsRefusedNamingTheEntryAndTheLimit() throws Exception {
    Path zip = dir.resolve("bomb.zip");
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
      out.putArchiveEntry(new ZipArchiveEntry("zeros.ndjson"));
      byte[] mib = new byte[1 << 20];
      for (int i = 0; i < 80; i++) {
        out.write(mib);
      }
      out.closeArchiveEntry();
    }
    InputFiles.InputFile entry = InputFiles.expand(List.of(zip), InputLimits.DEFAULT).get(0);
    assertThatThrownBy(() -> {
      try (InputStream in = entry.input().open()) {
        in.transferTo(new ByteArrayOutputStream() {
          @Override
          public void write(byte[] b, int off, int len) {
            // discard
          }
        });
      }
    }).hasMessageStartingWith(zip + "/zeros.ndjson: ").hasMessageContaining("CHORUS_MAX_EXPANSION");
  }

  /** {@code -} is standard input: read (even compressed) and named "stdin"; the temporary copy is gone after. */
  @Test
  void aDashReadsStandardInput() throws Exception {
    byte[] zst = CompressedCopies.ZSTD.compress("x", "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8));
    Path copy;
    try (InputFiles.Spool spool = new InputFiles.Spool(new java.io.ByteArrayInputStream(zst))) {
      List<InputFiles.InputFile> files = InputFiles.expand(List.of(Path.of("-")), InputLimits.DEFAULT, spool);
      assertThat(files).singleElement().satisfies(f -> assertThat(f.input().name()).isEqualTo("stdin"));
      for (int i = 0; i < 2; i++) {
        try (InputStream in = files.get(0).input().open()) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\": 1}\n");
        }
      }
      copy = spool.copyPath();
      assertThat(copy).exists();
    }
    assertThat(copy).doesNotExist();
  }

  private static void entry(ZipArchiveOutputStream out, String name, byte[] content) throws Exception {
    out.putArchiveEntry(new ZipArchiveEntry(name));
    out.write(content);
    out.closeArchiveEntry();
  }
}
