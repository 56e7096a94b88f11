package dev.chorus.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
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
 * {@code CHORUS_KEY}, else {@code ~/.config/chorus/key} created on first use with mode 0600 in a folder of mode 0700) so that a workspace
 * shared with a colleague or leaked does not carry the means to re-identify anyone by hashing candidate handles.
 */
public final class PseudonymKey {
  public static final String ENV = "CHORUS_KEY";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
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

  /**
   * The key in {@code file}, created first if there is none: its folder with mode 0700, the file with mode 0600 from
   * the start (written under a temporary name created so, then linked into place, which fails if the file exists), so
   * that it is never readable by others, not even for a moment, and so that two first uses at once (two threads or
   * two processes) end up with one key: the one linked first; the other reads it.
   */
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
    Path folder = file.toAbsolutePath().getParent();
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (posix) {
      Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
      Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(ownerOnly));
      Files.setPosixFilePermissions(folder, ownerOnly); // also a folder an older version made 0755
    } else {
      Files.createDirectories(folder);
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path tmp = posix
        ? Files.createTempFile(folder, ".key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
        : Files.createTempFile(folder, ".key-", ".tmp");
    try {
      Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII,
          StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      try {
        Files.createLink(file, tmp); // atomic, and never replaces: the first writer's key stays
      } catch (UnsupportedOperationException e) {
        moveIfAbsent(tmp, file); // no hard links here: a move that refuses to replace
      }
    } catch (FileAlreadyExistsException e) {
      // another thread or process created it first: use theirs
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void moveIfAbsent(Path tmp, Path file) throws IOException {
    synchronized (PseudonymKey.class) {
      Files.move(tmp, file); // without REPLACE_EXISTING: FileAlreadyExistsException when it exists
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
