package dev.chorus.ingest;

import dev.chorus.source.SourceInput;
import dev.chorus.source.input.Compression;
import dev.chorus.source.input.InputLimits;
import dev.chorus.source.input.ZipEntries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths given to ingest into the inputs to read: files as given, folders walked, zip archives opened
 * ({@link ZipEntries}). Only regular files are read: a named pipe, device or socket given by name is refused before
 * anything is read (reading one could block for ever or never end); inside a folder they are skipped.
 */
final class InputFiles {
  private InputFiles() {}

  /** One input: the path it is shown by (inside a zip: {@code archive.zip/entry}) and its content. */
  record InputFile(Path path, SourceInput input) {}

  /** Files as given, folders walked recursively (hidden entries skipped), each folder's files in name order. */
  static List<InputFile> expand(List<Path> paths, InputLimits limits) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString(), null, "no such file or folder");
      }
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(p)) {
          files = walk.filter(Files::isRegularFile).filter(f -> !isHidden(p.relativize(f))).sorted().toList();
        }
        for (Path f : files) {
          add(f, limits, out);
        }
      } else {
        requireRegularFile(p);
        add(p, limits, out);
      }
    }
    return out;
  }

  private static void add(Path file, InputLimits limits, List<InputFile> out) throws IOException {
    if (isZip(file)) {
      for (ZipEntries.Entry e : ZipEntries.list(file, limits)) {
        out.add(new InputFile(e.shownAs(), e.input()));
      }
    } else {
      out.add(new InputFile(file, SourceInput.of(file, limits)));
    }
  }

  private static boolean isZip(Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Compression.isZip(in.readNBytes(4));
    }
  }

  /** Refuses what is not a regular file (symbolic links followed), saying what it is. */
  static void requireRegularFile(Path p) throws NotAFileException {
    if (!Files.isRegularFile(p)) {
      throw new NotAFileException(p + ": " + FileKinds.describe(p) + ", not a regular file; only files and "
          + "folders are read (a pipe or device could block or never end): save the data to a file first");
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A path given to ingest that is not a regular file or folder: a usage error, refused before anything is read. */
  static final class NotAFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotAFileException(String message) {
      super(message);
    }
  }
}
