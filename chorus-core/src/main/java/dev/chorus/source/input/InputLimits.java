package dev.chorus.source.input;

import java.util.Map;

/**
 * The limits that keep hostile or broken input from exhausting memory, disk or time, each refused in words naming the
 * file, the limit and how to raise it. Set with environment variables so that every command (ingest, serve, bench)
 * and the launcher honour them alike.
 *
 * @param maxRecordChars the longest record (a line of NDJSON or CSV, a JSON text value) read, in characters
 * @param maxExpansion how many times its compressed size a compressed input may grow to when decompressed (past
 *     {@link #EXPANSION_FLOOR_BYTES}): real exports grow 5 to 30 times, decompression bombs a thousand times
 */
public record InputLimits(long maxRecordChars, long maxExpansion) {
  public static final String RECORD_ENV = "CHORUS_MAX_RECORD_MB";
  public static final String EXPANSION_ENV = "CHORUS_MAX_EXPANSION";
  /** The default record-size limit in millions of characters (about MB of mostly-ASCII text). */
  public static final long DEFAULT_RECORD_MB = 20;
  public static final long DEFAULT_EXPANSION = 100;
  /** Decompressed bytes that are always allowed, whatever the ratio: small files compress very well. */
  public static final long EXPANSION_FLOOR_BYTES = 64L << 20;
  public static final InputLimits DEFAULT = new InputLimits(DEFAULT_RECORD_MB * 1_000_000, DEFAULT_EXPANSION);

  public InputLimits {
    if (maxRecordChars < 1 || maxExpansion < 1) {
      throw new IllegalArgumentException("input limits must be positive");
    }
  }

  /** The limits of this process: {@value #RECORD_ENV} and {@value #EXPANSION_ENV}, else the defaults. */
  public static InputLimits current() {
    return of(System.getenv());
  }

  /** The limits an environment sets; a value that is not a positive whole number is refused naming the variable. */
  public static InputLimits of(Map<String, String> env) {
    return new InputLimits(positive(env, RECORD_ENV, DEFAULT_RECORD_MB) * 1_000_000,
        positive(env, EXPANSION_ENV, DEFAULT_EXPANSION));
  }

  private static long positive(Map<String, String> env, String name, long fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(name + " must be a positive whole number, found '" + v + "'");
  }

  /** Words for the record-size limit and how to raise it, for messages. */
  public String recordLimitInWords() {
    long mb = Math.max(1, maxRecordChars / 1_000_000);
    return "the record-size limit of " + String.format("%,d", maxRecordChars) + " characters; to read it, raise "
        + "the limit (in millions of characters) with " + RECORD_ENV + "=" + mb * 4;
  }

  /** Words for the expansion limit and how to raise it, for messages. */
  public String expansionLimitInWords() {
    return "the decompression limit of " + maxExpansion + " times the compressed size (a decompression bomb?); if "
        + "the file is genuine, raise it with " + EXPANSION_ENV + "=" + maxExpansion * 10;
  }
}
