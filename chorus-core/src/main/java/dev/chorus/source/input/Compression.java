package dev.chorus.source.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * How a file is compressed, told by its name. Only gzip is read today: the JDK has it, and the other formats of the
 * wild (.bz2, .xz, .zst) need a library that the project does not carry yet; a new format is one constant here.
 */
public enum Compression {
  NONE(""),
  GZIP(".gz");

  private static final int BUFFER = 1 << 16;

  private final String suffix;

  Compression(String suffix) {
    this.suffix = suffix;
  }

  /** The compression of a file with this name (any folder part is ignored). */
  public static Compression of(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP.suffix) ? GZIP : NONE;
  }

  /** The file name without the compression suffix: {@code posts.ndjson.gz} is read as {@code posts.ndjson}. */
  public static String stripSuffix(String fileName) {
    Compression c = of(fileName);
    return fileName.substring(0, fileName.length() - c.suffix.length());
  }

  /** Wraps {@code in} so that reading it yields the uncompressed content. */
  public InputStream decompress(InputStream in) throws IOException {
    return this == GZIP ? new GZIPInputStream(in, BUFFER) : in;
  }
}
