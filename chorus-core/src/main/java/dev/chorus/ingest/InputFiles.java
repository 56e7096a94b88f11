package dev.chorus.ingest;

import dev.chorus.source.SourceInput;
import dev.chorus.source.input.Compression;
import dev.chorus.source.input.InputLimits;
import dev.chorus.source.input.ZipEntries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the paths given to ingest into the inputs to read: files as given, folders walked, zip archives opened
 * ({@link ZipEntries}). Only regular files are read: a named pipe, device or socket given by name is refused before
 * anything is read (reading one could block for ever or never end); inside a folder they are skipped.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The regular files under the paths given (files as given, folders walked as {@link #expand} walks them, zip
   * archives as one file), in order, each with the name the workspace calls it ({@link #names}): what the stream
   * publisher sends, so that a streamed post's provenance names its file as ingest would.
   */
  public static Map<Path, String> namedFiles(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      files.addAll(filesOf(p));
    }
    Map<Path, String> names = names(paths, files);
    Map<Path, String> out = new java.util.LinkedHashMap<>();
    files.forEach(f -> out.put(f, names.get(f)));
    return out;
  }

  /** One input: the path it is shown by (inside a zip: {@code archive.zip/entry}) and its content. */
  record InputFile(Path path, SourceInput input) {}

  /** The path that stands for standard input. */
  static final Path STDIN = Path.of("-");

  /** Files as given, folders walked recursively (hidden entries skipped), each folder's files in name order. */
  static List<InputFile> expand(List<Path> paths, InputLimits limits) throws IOException {
    return expand(paths, limits, null);
  }

  /**
   * As {@link #expand(List, InputLimits)}; {@code -} stands for {@code stdin}, which is copied as it comes
   * (compressed or not) to an owner-only temporary file first: sources may read an input twice, a pipe once. The
   * caller deletes that file ({@code spool}) after the run.
   */
  static List<InputFile> expand(List<Path> paths, InputLimits limits, Spool spool) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (Path p : paths) {
      if (p.equals(STDIN) && spool != null) {
        out.add(new InputFile(Path.of("stdin"), new NamedInput("stdin", SourceInput.of(spool.copy(), limits))));
        continue;
      }
      for (Path f : filesOf(p)) {
        add(f, limits, out);
      }
    }
    return out;
  }

  /**
   * A file given (refused unless a regular file), or the regular files of a folder walked recursively, hidden entries
   * skipped, in name order.
   */
  private static List<Path> filesOf(Path p) throws IOException {
    if (!Files.exists(p)) {
      throw new NoSuchFileException(p.toString(), null, "no such file or folder");
    }
    if (!Files.isDirectory(p)) {
      requireRegularFile(p);
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).filter(f -> !isHidden(p.relativize(f))).sorted().toList();
    }
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

  /** Standard input copied to a temporary file, deleted by {@link #close}. */
  static final class Spool implements AutoCloseable {
    private final InputStream stdin;
    private Path file;

    Spool(InputStream stdin) {
      this.stdin = stdin;
    }

    Path copy() throws IOException {
      if (file != null) {
        throw new IllegalArgumentException("'-' (standard input) is given more than once");
      }
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      file = posix ? Files.createTempFile("chorus-stdin-", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
          : Files.createTempFile("chorus-stdin-", ".tmp"); // posts may name people: owner only
      Files.copy(stdin, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    }

    /** The temporary copy, or null before {@link #copy}. */
    Path copyPath() {
      return file;
    }

    @Override
    public void close() throws IOException {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** An input shown under another name (standard input's temporary copy is "stdin"). */
  private record NamedInput(String name, SourceInput inner) implements SourceInput {
    @Override
    public InputStream open() throws IOException {
      return inner.open();
    }
  }

  /** A path given to ingest that is not a regular file or folder: a usage error, refused before anything is read. */
  static final class NotAFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotAFileException(String message) {
      super(message);
    }
  }
}
