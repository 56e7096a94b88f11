package dev.chorus.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A file's name, size and SHA-256: what the report's provenance lists for the index and the models. */
public record FileDigest(String name, long bytes, String sha256) {
  /** Every regular file of a folder (not recursive, sorted by name), the lock file left out; none if no folder. */
  static List<FileDigest> ofFolder(Path dir) throws IOException {
    List<FileDigest> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("write.lock"))
          .sorted().toList();
    }
    for (Path f : files) {
      out.add(new FileDigest(f.getFileName().toString(), Files.size(f), sha256(f)));
    }
    return out;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        md.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
