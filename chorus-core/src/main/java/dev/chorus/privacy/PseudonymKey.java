package dev.chorus.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The secret key of the pseudonyms. Design decision: the key is kept outside the workspace (environment variable
 * {@code CHORUS_KEY}, else {@code ~/.config/chorus/key} created on first use with mode 0600) so that a workspace
 * shared with a colleague or leaked does not carry the means to re-identify anyone by hashing candidate handles.
 */
public final class PseudonymKey {
  public static final String ENV = "CHORUS_KEY";
  private final byte[] bytes;
  private final String origin;

  private PseudonymKey(byte[] bytes, String origin) {
    if (bytes.length < 16) {
      throw new IllegalArgumentException("pseudonym key from " + origin + " is shorter than 16 bytes");
    }
    this.bytes = bytes.clone();
    this.origin = origin;
  }

  public static PseudonymKey of(byte[] bytes) {
    return new PseudonymKey(bytes, "memory");
  }

  /** The key from {@code CHORUS_KEY}, else from (or newly created at) {@code ~/.config/chorus/key}. */
  public static PseudonymKey load(Map<String, String> env) throws IOException {
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new PseudonymKey(fromEnv.trim().getBytes(StandardCharsets.UTF_8), "$" + ENV);
    }
    return loadOrCreate(defaultFile(env));
  }

  /**
   * The key from {@code CHORUS_KEY} or {@code ~/.config/chorus/key}, never creating one: for revealing pseudonyms,
   * where a new key could only fail.
   */
  public static PseudonymKey loadExisting(Map<String, String> env) throws IOException {
    String fromEnv = env.get(ENV);
    Path file = defaultFile(env);
    if ((fromEnv == null || fromEnv.isBlank()) && !Files.exists(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString(), null,
          "no pseudonym key: set $" + ENV + " or put the key in " + file);
    }
    return load(env);
  }

  public static Path defaultFile(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("chorus").resolve("key");
  }

  public static PseudonymKey loadOrCreate(Path file) throws IOException {
    if (!Files.exists(file)) {
      create(file);
    }
    String hex = Files.readString(file, StandardCharsets.US_ASCII).trim();
    try {
      return new PseudonymKey(HexFormat.of().parseHex(hex), file.toString());
    } catch (IllegalArgumentException e) {
      throw new IOException("pseudonym key file " + file + " is not hex: " + e.getMessage(), e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII,
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    try {
      Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
      Files.setPosixFilePermissions(tmp, owner);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the file keeps the platform's default permissions
    }
    try {
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      Files.deleteIfExists(tmp); // another process created it first: use theirs
    }
  }

  byte[] bytes() {
    return bytes.clone();
  }

  /** Where the key came from (for messages; never the key itself). */
  public String origin() {
    return origin;
  }
}
