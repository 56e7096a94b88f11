package dev.chorus.hash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex, of bytes, of a string's UTF-8 bytes or of a file (streamed, so a large model or index file
 * is never held in memory). Every hash the project writes (model cards, annotator stamps, codebook hashes, stand-in
 * ids, report provenance) comes from here, so all are spelled the same way.
 */
public final class Sha256 {
  /** Hex digits of the 128-bit prefix used where a shorter id is enough (stand-in ids, rule-set stamps). */
  public static final int HALF_HEX = 32;

  private Sha256() {}

  /** A fresh digest, for callers that feed it in pieces (the codebook's canonical form). */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The first 128 bits of {@link #hex(String)}: 32 hex digits. */
  public static String halfHex(String text) {
    return hex(text).substring(0, HALF_HEX);
  }

  /** SHA-256 of a file's bytes, read in blocks. */
  public static String hex(Path file) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The hex of a finished digest (as {@link #newDigest()} gave it, fed by the caller). */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
