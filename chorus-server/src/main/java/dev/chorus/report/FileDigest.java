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
  /**
   * Every regular file of a folder (not its subfolders: the index keeps its files flat), sorted by name, the lock file
   * left out; none if no folder.
   */
  static List<FileDigest> ofFolder(Path dir) throws IOException {
    return of(dir, 1);
  }

  /**
   * Every regular file under a folder and its subfolders to {@code maxDepth} (the models folder keeps each task in
   * its own: {@code stance/…}, {@code frames/…}), named by its path under the folder, sorted; none if no folder.
   */
  static List<FileDigest> ofTree(Path dir, int maxDepth) throws IOException {
    return of(dir, maxDepth);
  }

  private static List<FileDigest> of(Path dir, int maxDepth) throws IOException {
    List<FileDigest> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir, maxDepth)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("write.lock"))
          .sorted().toList();
    }
    for (Path f : files) {
      String name = dir.relativize(f).toString().replace('\\', '/');
      out.add(new FileDigest(name, Files.size(f), Sha256.hex(f)));
    }
    return out;
  }
}
