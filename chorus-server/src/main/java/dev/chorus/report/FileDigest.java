package dev.chorus.report;

import dev.chorus.hash.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
      out.add(new FileDigest(f.getFileName().toString(), Files.size(f), Sha256.hex(f)));
    }
    return out;
  }
}
