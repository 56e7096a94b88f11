package dev.chorus.source;

import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import dev.chorus.source.input.InputLimits;
import dev.chorus.source.input.ZipEntries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Compressed copies of test inputs, one per way Chorus reads compressed files as shipped. */
public enum CompressedCopies {
  GZIP(".gz"),
  BZIP2(".bz2"),
  XZ(".xz"),
  ZSTD(".zst"),
  /** The file inside a zip archive, in a folder, as a zipped export folder holds it. */
  ZIP(".zip");

  private final String suffix;

  CompressedCopies(String suffix) {
    this.suffix = suffix;
  }

  /** The bytes compressed this way (a zip holds them as {@code export/NAME}). */
  public byte[] compress(String name, byte[] plain) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (OutputStream out = wrap(buf, name)) {
      out.write(plain);
      if (this == ZIP) {
        ((ZipArchiveOutputStream) out).closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  private OutputStream wrap(OutputStream out, String name) throws IOException {
    switch (this) {
      case GZIP:
        return new GZIPOutputStream(out);
      case BZIP2:
        return new BZip2CompressorOutputStream(out);
      case XZ:
        return new XZCompressorOutputStream(out, 1); // a small dictionary: test inputs are small, and it is fast
      case ZSTD:
        return new ZstdOutputStreamNoFinalizer(out); // long windows: CompressionTest
      default:
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.putArchiveEntry(new ZipArchiveEntry("export/" + name));
        return zip;
    }
  }

  /** Writes {@code plain} compressed this way into {@code dir} and returns the input to read (a zip's one entry). */
  public SourceInput write(Path dir, String name, byte[] plain) throws IOException {
    Path file = dir.resolve(name + suffix);
    Files.write(file, compress(name, plain));
    if (this != ZIP) {
      return SourceInput.of(file);
    }
    List<ZipEntries.Entry> entries = ZipEntries.list(file, InputLimits.DEFAULT);
    if (entries.size() != 1) {
      throw new AssertionError("one entry expected in " + file + ", found " + entries.size());
    }
    return entries.get(0).input();
  }
}
