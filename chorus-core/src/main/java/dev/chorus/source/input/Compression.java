package dev.chorus.source.input;

import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * How a file is compressed. Gzip, told by the name ({@code .gz}), is read transparently: the JDK has it. The other
 * formats of the wild (bzip2, xz, Zstandard: Pushshift dumps) need a library the project does not carry yet; they
 * are told by their magic bytes and refused with a hint ({@link #refuseUnsupported}) instead of being called binary.
 */
public enum Compression {
  NONE("", null, null, null),
  GZIP(".gz", null, null, null),
  BZIP2(".bz2", new byte[] {'B', 'Z', 'h'}, "bzip2", "bzip2 -d"),
  XZ(".xz", new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, "xz", "xz -d"),
  ZSTD(".zst", new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, "Zstandard", "zstd -d --long=31");

  private static final int BUFFER = 1 << 16;

  private final String suffix;
  private final byte[] magic;
  private final String label;
  private final String decompressCommand;

  Compression(String suffix, byte[] magic, String label, String decompressCommand) {
    this.suffix = suffix;
    this.magic = magic;
    this.label = label;
    this.decompressCommand = decompressCommand;
  }

  /** The compression read for a file with this name (any folder part is ignored): gzip or none. */
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

  /** Refuses content that starts like a compressed format Chorus cannot read, naming it and how to decompress it. */
  public static void refuseUnsupported(String name, byte[] head) throws UnreadableInputException {
    for (Compression c : values()) {
      if (c.magic != null && head.length > c.magic.length
          && Arrays.equals(head, 0, c.magic.length, c.magic, 0, c.magic.length)) {
        throw new UnreadableInputException(name + ": " + c.label + "-compressed; decompress it first ("
            + c.decompressCommand + ") or recompress it with gzip");
      }
    }
  }

  /** As {@link #refuseUnsupported(String, byte[])} for the start of an input. */
  public static void refuseUnsupported(SourceInput input) throws IOException, UnreadableInputException {
    try (InputStream in = input.open()) {
      refuseUnsupported(input.name(), in.readNBytes(8));
    }
  }
}
