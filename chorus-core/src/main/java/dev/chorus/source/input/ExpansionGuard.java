package dev.chorus.source.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;
import org.tukaani.xz.MemoryLimitException;

/**
 * The decompressed side of a compressed input: counts what it yields and refuses, in words, to grow past
 * {@link InputLimits#maxExpansion} times the compressed bytes read (after {@link InputLimits#EXPANSION_FLOOR_BYTES}),
 * so a decompression bomb ends in a clear file error after a bounded amount of work. Errors of the decoder (damaged
 * or cut-off data) become an {@link InputLimitException} naming the file and where it broke. Nothing is buffered
 * beyond the decoder's own window, so memory never grows with the input.
 */
final class ExpansionGuard extends FilterInputStream {
  private final LongSupplier compressedBytes;
  private final String name;
  private final String label;
  private final InputLimits limits;
  private final byte[] one = new byte[1];
  private long produced;

  ExpansionGuard(InputStream decoded, LongSupplier compressedBytes, String name, String label, InputLimits limits) {
    super(decoded);
    this.compressedBytes = compressedBytes;
    this.name = name;
    this.label = label;
    this.limits = limits;
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(b, off, len);
    } catch (InputLimitException e) {
      throw e;
    } catch (MemoryLimitException e) {
      throw new InputLimitException(name + ": the xz data needs " + e.getMemoryNeeded() / 1024 + " MiB to decode, "
          + "more than the " + e.getMemoryLimit() / 1024 + " MiB allowed; decompress it with xz -d first", e);
    } catch (IOException e) {
      throw new InputLimitException(name + ": the " + label + " data is damaged or cut off after "
          + String.format("%,d", produced) + " decompressed bytes; what was read before is kept", e);
    }
    if (n > 0) {
      produced += n;
      check();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  private void check() throws InputLimitException {
    if (produced <= InputLimits.EXPANSION_FLOOR_BYTES) {
      return;
    }
    long compressed = Math.max(1, compressedBytes.getAsLong());
    if (produced / compressed >= limits.maxExpansion()) {
      throw new InputLimitException(name + ": " + String.format("%,d", compressed) + " " + label + "-compressed "
          + "bytes decompress to more than " + String.format("%,d", produced) + " bytes, past "
          + limits.expansionLimitInWords());
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Counts the compressed bytes the decoder reads. */
  static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
