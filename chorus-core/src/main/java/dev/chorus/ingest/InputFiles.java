package dev.chorus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Expands the paths given to ingest into the files to read. */
final class InputFiles {
  private InputFiles() {}

  /** Files as given, folders walked recursively (hidden entries skipped), each folder's files in name order. */
  static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString(), null, "no such file or folder");
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !isHidden(p.relativize(f)))
              .sorted()
              .forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * What the workspace calls each file: its path from the folder holding the path it was found under (a folder given
   * keeps its own name: {@code exports/x/a.json}; a file given is its name), never an absolute path, which would tell
   * whose computer and folders the data came from.
   */
  static Map<Path, String> names(List<Path> paths, List<Path> files) {
    Map<Path, String> out = new HashMap<>();
    for (Path root : paths) {
      Path abs = root.toAbsolutePath().normalize();
      Path base = abs.getParent() == null ? abs : abs.getParent();
      for (Path f : files) {
        Path fa = f.toAbsolutePath().normalize();
        if (!out.containsKey(f) && (fa.equals(abs) || fa.startsWith(abs))) {
          out.put(f, base.relativize(fa).toString().replace('\\', '/'));
        }
      }
    }
    return out;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
