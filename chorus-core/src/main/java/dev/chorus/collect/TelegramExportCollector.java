package dev.chorus.collect;

import dev.chorus.source.input.InputLimits;
import dev.chorus.source.input.ZipEntries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Telegram Desktop exports landing in a folder ({@code --folder}): public channels cannot be read without an account,
 * so the analyst exports them (Settings, Advanced, Export Telegram data; or a channel's Export chat history, as JSON)
 * into a watched folder. Each run looks at the folder's exports (subfolders holding {@code result.json}, and
 * {@code .zip} files) and ingests, with the {@code telegram-export} source, those that are new or changed since they
 * were last ingested and complete: their size and modification time unchanged since the previous look, so a
 * half-copied export is left for a later run. The cursor remembers, per export, what was last seen and what was
 * ingested ({@code size:mtime}); ingest is idempotent besides.
 */
public final class TelegramExportCollector implements Collector {
  public static final CollectorKind KIND = new CollectorKind("telegram-export",
      "Telegram Desktop exports (folders with result.json, or .zip) landing in --folder",
      List.of("folder"), List.of(), null, TelegramExportCollector::create);
  static final String RESULT = "result.json";

  private final Path folder;

  private TelegramExportCollector(Path folder) {
    this.folder = folder;
  }

  static TelegramExportCollector create(CollectorOptions o) {
    Path folder = Path.of(o.get("folder")).toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("collect telegram-export: --folder must be an existing folder where "
          + "Telegram Desktop exports land; found '" + o.get("folder") + "'");
    }
    return new TelegramExportCollector(folder);
  }

  @Override
  public String format() {
    return "telegram-export";
  }

  @Override
  public String target() {
    return folder.toString();
  }

  @Override
  public void collect(Http http, Harvest harvest) throws FetchFailedException, InterruptedException {
    for (Path export : exports()) {
      String name = folder.relativize(export).toString();
      String now = signature(export);
      if (now == null || now.equals(harvest.previous("ingested " + name))) {
        continue;
      }
      if (!now.equals(harvest.previous("seen " + name))) {
        harvest.cursor("seen " + name, now);
        harvest.note(name + ": new or still changing; ingested once its size and time stay the same until the next "
            + "run");
        continue;
      }
      List<byte[]> results = read(export);
      for (byte[] r : results) {
        harvest.page(r, 1);
      }
      if (results.isEmpty()) {
        harvest.gap(name + ": no " + RESULT + " in it; is it a JSON export (not HTML)?");
      }
      harvest.cursor("ingested " + name, now);
    }
  }

  /** The folder's exports, in name order: subfolders holding a result.json, and zip files. */
  private List<Path> exports() throws FetchFailedException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isRegularFile(p.resolve(RESULT))
              || (Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                  .endsWith(".zip")))
          .sorted().toList();
    } catch (IOException e) {
      throw new FetchFailedException(folder + ": the folder could not be listed (" + e.getClass().getSimpleName()
          + ")");
    }
  }

  /** {@code size:mtime} of a zip, or of a folder's result.json; null when it vanished meanwhile. */
  private static String signature(Path export) {
    Path file = Files.isDirectory(export) ? export.resolve(RESULT) : export;
    try {
      return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return null;
    }
  }

  /** The result.json files of an export: the folder's own, or every one inside the zip. */
  private static List<byte[]> read(Path export) throws FetchFailedException {
    try {
      if (Files.isDirectory(export)) {
        return List.of(Files.readAllBytes(export.resolve(RESULT)));
      }
      List<byte[]> out = new ArrayList<>();
      for (ZipEntries.Entry e : ZipEntries.list(export, InputLimits.current())) {
        if (e.shownAs().getFileName().toString().equals(RESULT)) {
          try (InputStream in = e.input().open()) {
            out.add(in.readAllBytes());
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new FetchFailedException(export + ": the export could not be read (" + e.getClass().getSimpleName()
          + "); it is tried again next run");
    }
  }
}
