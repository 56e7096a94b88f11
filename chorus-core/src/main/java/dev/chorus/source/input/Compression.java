package dev.chorus.source.input;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * How a file is compressed: gzip, bzip2, xz or Zstandard, told by the first bytes (the name's suffix only names it
 * in messages and is dropped for format detection). Each is read streaming, concatenated streams included (pbzip2,
 * pigz, zstd -T), through an {@link ExpansionGuard}: a decompression bomb is refused in words, never an
 * out-of-memory error. Zip archives are not a stream compression: {@link #isZip} tells them, the ingest reads their
 * entries like a folder's files.
 */
public enum Compression {
  NONE("", "plain"),
  GZIP(".gz", "gzip"),
  BZIP2(".bz2", "bzip2"),
  XZ(".xz", "xz"),
  ZSTD(".zst", "Zstandard");

  /** Bytes enough to tell every format. */
  public static final int MAGIC_BYTES = 10;
  /**
   * Pushshift and Arctic Shift dumps are written with {@code zstd --long=31}: a 2 GiB window. The decoder holds it in
   * native memory, allocated as the window fills, not on the Java heap.
   */
  static final int ZSTD_WINDOW_LOG_MAX = 31;
  /** The largest xz dictionary decoded (xz -9 needs 64 MiB); a header asking for more is refused, not allocated. */
  static final int XZ_MEMORY_LIMIT_KIB = 256 * 1024;
  private static final int BUFFER = 1 << 16;
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};
  private static final byte[] XZ_MAGIC = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};
  private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};
  private static final byte[] BZIP2_BLOCK = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};
  private static final byte[] BZIP2_EMPTY = {0x17, 0x72, 0x45, 0x38, 0x50, (byte) 0x90};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

  private final String suffix;
  private final String label;

  Compression(String suffix, String label) {
    this.suffix = suffix;
    this.label = label;
  }

  /** The format's name in messages: "gzip", "Zstandard". */
  public String label() {
    return label;
  }

  /** The compression a file's name suggests (any folder part is ignored). */
  public static Compression of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (Compression c : values()) {
      if (c != NONE && lower.endsWith(c.suffix)) {
        return c;
      }
    }
    return NONE;
  }

  /** The file name without the compression suffix: {@code posts.ndjson.zst} is read as {@code posts.ndjson}. */
  public static String stripSuffix(String fileName) {
    Compression c = of(fileName);
    return fileName.substring(0, fileName.length() - c.suffix.length());
  }

  /** The compression the first bytes of a content show, NONE when they show none. */
  public static Compression sniff(byte[] head) {
    if (startsWith(head, GZIP_MAGIC)) {
      return GZIP;
    }
    if (startsWith(head, XZ_MAGIC)) {
      return XZ;
    }
    if (startsWith(head, ZSTD_MAGIC) || isZstdSkippableFrame(head)) {
      return ZSTD;
    }
    if (head.length >= 10 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9'
        && (Arrays.equals(head, 4, 10, BZIP2_BLOCK, 0, 6) || Arrays.equals(head, 4, 10, BZIP2_EMPTY, 0, 6))) {
      return BZIP2;
    }
    return NONE;
  }

  /** pzstd and some writers start with a skippable frame (magic 0x184D2A5?, little-endian). */
  private static boolean isZstdSkippableFrame(byte[] head) {
    return head.length >= 4 && (head[0] & 0xF0) == 0x50 && head[1] == 0x2A && head[2] == 0x4D && head[3] == 0x18;
  }

  /** Whether the first bytes are those of a zip archive (an empty one included). */
  public static boolean isZip(byte[] head) {
    return startsWith(head, ZIP_MAGIC) || startsWith(head, EMPTY_ZIP_MAGIC);
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }

  /**
   * Wraps the compressed bytes of the input {@code name} so that reading yields the uncompressed content, guarded by
   * {@code limits} ({@link ExpansionGuard}); damaged data is refused in words ({@link InputLimitException}).
   */
  public InputStream decompress(InputStream compressed, String name, InputLimits limits) throws IOException {
    if (this == NONE) {
      return compressed;
    }
    ExpansionGuard.Counting counted = new ExpansionGuard.Counting(compressed);
    InputStream decoded;
    try {
      decoded = open(counted);
    } catch (IOException e) {
      compressed.close();
      throw new InputLimitException(name + ": not readable as " + label + " data, though its first bytes say it is "
          + "(damaged or cut off at the start)", e);
    }
    return new ExpansionGuard(decoded, counted::count, name, label, limits);
  }

  private InputStream open(InputStream in) throws IOException {
    switch (this) {
      case GZIP:
        return new GZIPInputStream(in, BUFFER);
      case BZIP2:
        return new BZip2CompressorInputStream(in, true);
      case XZ:
        return new XZCompressorInputStream(in, true, XZ_MEMORY_LIMIT_KIB);
      case ZSTD:
        return new ZstdInputStreamNoFinalizer(in).setLongMax(ZSTD_WINDOW_LOG_MAX);
      default:
        return in;
    }
  }

  /**
   * The content of {@code in}, decompressed when its first bytes show a compression ({@link #sniff}), else as it is;
   * {@code in} must support mark and reset.
   */
  public static InputStream decompressed(InputStream in, String name, InputLimits limits) throws IOException {
    in.mark(MAGIC_BYTES);
    byte[] head = in.readNBytes(MAGIC_BYTES);
    in.reset();
    return sniff(head).decompress(in, name, limits);
  }

  /**
   * Refuses content that is still compressed after decompression (a compressed file inside a compressed file or a
   * zip, or a zip inside an archive), naming it and what to do.
   */
  public static void refuseNested(String name, byte[] head) throws UnreadableInputException {
    if (isZip(head)) {
      throw new UnreadableInputException(name + ": a zip archive inside another archive or compressed file; unpack "
          + "the outer one and ingest what it holds");
    }
    Compression c = sniff(head);
    if (c != NONE) {
      throw new UnreadableInputException(name + ": " + c.label + "-compressed data inside another compressed file; "
          + "decompress the outer one first");
    }
  }

  /** As {@link #refuseNested}: the name sources call it by. */
  public static void refuseUnsupported(String name, byte[] head) throws UnreadableInputException {
    refuseNested(name, head);
  }

  /** As {@link #refuseNested} for the start of an input (after its own decompression). */
  public static void refuseUnsupported(SourceInput input) throws IOException, UnreadableInputException {
    try (InputStream in = input.open()) {
      refuseNested(input.name(), in.readNBytes(MAGIC_BYTES));
    }
  }
}
