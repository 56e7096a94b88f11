package dev.chorus.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chorus.store.PostStores;
import dev.chorus.store.TimeZones;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.List;

/**
 * The settings of a workspace, {@code WORKSPACE/workspace.yaml}, written when the workspace is created. Two keys:
 * {@code store}, the URL of the store that holds its posts (see {@link PostStores}), and {@code time_zone}, the IANA
 * zone whose days, weeks and hours the analyses count by default (see {@link TimeZones}). A workspace created before
 * this file existed, or whose file names no store, uses {@link PostStores#DEFAULT_LOCATION}; one that names no zone
 * counts in UTC.
 *
 * @param store the store's URL or folder, relative to the workspace; null for the default
 * @param timeZone the zone's id as written; null for UTC
 */
public record WorkspaceSettings(String store, @JsonProperty(TIME_ZONE) String timeZone) {
  public static final String FILE_NAME = "workspace.yaml";
  /** The key of the time zone. */
  public static final String TIME_ZONE = "time_zone";

  static final String TEMPLATE = """
      # Settings of this Chorus workspace.
      # store: where the posts live, as a URL. lucene:FOLDER (or file:FOLDER, or just FOLDER) is the embedded
      # index in that folder, relative to this workspace unless absolute. Default: lucene:index
      store: %s
      # time_zone: the IANA time zone (Asia/Tehran, America/New_York) whose midnights, Mondays and hours start the days,
      # weeks and hours the analyses count, and in which a day given as since/until starts; a request's tz replaces
      # it. Change it with: chorus workspace --time-zone ZONE. Default: UTC
      time_zone: %s
      """;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The store to open: the one named, else the default. */
  public String storeLocation() {
    return store == null || store.isBlank() ? PostStores.DEFAULT_LOCATION : store;
  }

  /** The zone to count in: the one named, else UTC. */
  public ZoneId zone() {
    return timeZone == null || timeZone.isBlank() ? TimeZones.DEFAULT : TimeZones.parse(timeZone);
  }

  /** The settings in a workspace folder; the defaults when it has no settings file. */
  public static WorkspaceSettings load(Path root) throws IOException {
    Path file = root.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return new WorkspaceSettings(null, null);
    }
    WorkspaceSettings read;
    try {
      read = YAML.readValue(file.toFile(), WorkspaceSettings.class);
    } catch (UnrecognizedPropertyException e) {
      String key = e.getPropertyName();
      throw new IOException(file + lineOf(file, key) + ": unknown key '" + key + "': the keys are 'store' and '"
          + TIME_ZONE + "' (for example store: " + PostStores.DEFAULT_LOCATION + ")", e);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IOException(file + (line > 0 ? " line " + line : "") + ": expected 'store: URL' (for example store: "
          + PostStores.DEFAULT_LOCATION + "), found something else: " + e.getOriginalMessage(), e);
    }
    if (read == null) {
      return new WorkspaceSettings(null, null);
    }
    try {
      read.zone();
    } catch (IllegalArgumentException e) {
      throw new IOException(file + lineOf(file, TIME_ZONE) + ": " + TIME_ZONE + " " + e.getMessage(), e);
    }
    return read;
  }

  /** " line N" of the line where a key is written (Jackson reports where it noticed, a line later), or "". */
  private static String lineOf(Path file, String key) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(key + ":")) {
        return " line " + (i + 1);
      }
    }
    return "";
  }

  /**
   * Writes the settings file with {@code store} (the default when null) and {@code zone} (UTC when null) unless the
   * workspace has one (an analyst's edits are never overwritten).
   */
  static void createIfMissing(Path root, String store, ZoneId zone) throws IOException {
    Path file = root.resolve(FILE_NAME);
    try {
      Files.writeString(file, TEMPLATE.formatted(store == null ? PostStores.DEFAULT_LOCATION : store,
          (zone == null ? TimeZones.DEFAULT : zone).getId()), StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      // keep the workspace's own settings
    }
  }

  /**
   * Sets the workspace's time zone in its settings file, keeping every other line (comments, the store) as written:
   * the {@code time_zone} line is replaced, or added at the end when there is none.
   */
  static void writeZone(Path root, ZoneId zone) throws IOException {
    Path file = root.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      createIfMissing(root, null, zone);
      return;
    }
    load(root); // a broken file is named, not rewritten
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    String line = TIME_ZONE + ": " + zone.getId();
    boolean replaced = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(TIME_ZONE + ":")) {
        lines.set(i, line);
        replaced = true;
      }
    }
    if (!replaced) {
      lines.add(line);
    }
    Files.write(file, lines);
  }
}
