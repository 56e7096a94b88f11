package dev.chorus.source.input;

import dev.chorus.source.SourceInput;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The files inside a zip archive (a zipped Telegram Desktop export folder, a zipped folder of API responses), read
 * like the files of a folder: directories and hidden entries ({@code .DS_Store}, {@code __MACOSX/}) skipped, in name
 * order, each named {@code archive.zip/inner/path} in messages and provenance. Each entry is read streaming from the
 * archive (opened again for every read, as sources may read an input twice), guarded against decompression bombs
 * like any compressed file, and decompressed once more when it is itself compressed ({@code posts.ndjson.gz}).
 */
public final class ZipEntries {
  private ZipEntries() {}

  /** One entry: the name it is shown by, and its content. */
  public record Entry(Path shownAs, SourceInput input) {}

  /** The entries of {@code zip} to ingest. */
  public static List<Entry> list(Path zip, InputLimits limits) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile file = open(zip)) {
      for (ZipArchiveEntry e : Collections.list(file.getEntries())) {
        if (!e.isDirectory() && !hidden(e.getName())) {
          names.add(e.getName());
        }
      }
    }
    Collections.sort(names);
    List<Entry> out = new ArrayList<>();
    for (String name : names) {
      Path shownAs = shownAs(zip, name);
      out.add(new Entry(shownAs, entryInput(zip, name, shownAs.toString(), limits)));
    }
    return out;
  }

  /** {@code archive.zip/inner/path}; refused when the entry's name cannot be a path here (a NUL character, say). */
  private static Path shownAs(Path zip, String entryName) throws InputLimitException {
    try {
      return zip.resolve(entryName);
    } catch (java.nio.file.InvalidPathException e) {
      String printable = entryName.replaceAll("\\p{Cntrl}", "?");
      throw new InputLimitException(zip + ": holds an entry named '" + printable + "', which is no valid file path "
          + "(a NUL or other character a path cannot hold); unzip the archive, rename the entry and ingest the "
          + "folder", e);
    }
  }

  private static ZipFile open(Path zip) throws IOException {
    try {
      return ZipFile.builder().setPath(zip).get();
    } catch (IOException e) {
      throw new InputLimitException(zip + ": starts like a zip archive but its table of contents cannot be read "
          + "(damaged or cut off)", e);
    }
  }

  private static boolean hidden(String entryName) {
    for (String part : entryName.split("/")) {
      if (part.startsWith(".") || part.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }

  private static SourceInput entryInput(Path zip, String entryName, String shown, InputLimits limits) {
    return new SourceInput() {
      @Override
      public String name() {
        return shown;
      }

      @Override
      public InputStream open() throws IOException {
        ZipFile file = ZipEntries.open(zip);
        try {
          ZipArchiveEntry entry = file.getEntry(entryName);
          if (!file.canReadEntryData(entry)) {
            throw new InputLimitException(shown + ": stored with a zip method or encryption Chorus cannot read ("
                + "method " + entry.getMethod() + "); unzip the archive and ingest the folder");
          }
          long compressed = Math.max(1, entry.getCompressedSize());
          InputStream raw = new ExpansionGuard(file.getInputStream(entry), () -> compressed, shown, "zip", limits);
          InputStream closing = new FilterInputStream(raw) {
            @Override
            public void close() throws IOException {
              try {
                super.close();
              } finally {
                file.close();
              }
            }
          };
          return Compression.decompressed(new BufferedInputStream(closing, 1 << 16), shown, limits);
        } catch (IOException | RuntimeException e) {
          file.close();
          throw e;
        }
      }
    };
  }
}
