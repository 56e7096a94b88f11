package dev.chorus.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chorus.store.PostStores;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The settings of a workspace, {@code WORKSPACE/workspace.yaml}, written when the workspace is created. Today one
 * key: {@code store}, the URL of the store that holds its posts (see {@link PostStores}). A workspace created before
 * this file existed, or whose file names no store, uses {@link PostStores#DEFAULT_LOCATION}.
 *
 * @param store the store's URL or folder, relative to the workspace; null for the default
 */
public record WorkspaceSettings(String store) {
  public static final String FILE_NAME = "workspace.yaml";

  static final String TEMPLATE = """
      # Settings of this Chorus workspace.
      # store: where the posts live, as a URL. lucene:FOLDER (or file:FOLDER, or just FOLDER) is the embedded
      # index in that folder, relative to this workspace unless absolute. Default: lucene:index
      store: %s
      """;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The store to open: the one named, else the default. */
  public String storeLocation() {
    return store == null || store.isBlank() ? PostStores.DEFAULT_LOCATION : store;
  }

  /** The settings in a workspace folder; the defaults when it has no settings file. */
  public static WorkspaceSettings load(Path root) throws IOException {
    Path file = root.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return new WorkspaceSettings(null);
    }
    try {
      WorkspaceSettings read = YAML.readValue(file.toFile(), WorkspaceSettings.class);
      return read == null ? new WorkspaceSettings(null) : read;
    } catch (UnrecognizedPropertyException e) {
      String key = e.getPropertyName();
      throw new IOException(file + lineOf(file, key) + ": unknown key '" + key + "': the one key is 'store' (for "
          + "example store: " + PostStores.DEFAULT_LOCATION + ")", e);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IOException(file + (line > 0 ? " line " + line : "") + ": expected 'store: URL' (for example store: "
          + PostStores.DEFAULT_LOCATION + "), found something else: " + e.getOriginalMessage(), e);
    }
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
   * Writes the settings file with {@code store} (the default when null) unless the workspace has one (an analyst's
   * edits are never overwritten).
   */
  static void createIfMissing(Path root, String store) throws IOException {
    Path file = root.resolve(FILE_NAME);
    try {
      Files.writeString(file, TEMPLATE.formatted(store == null ? PostStores.DEFAULT_LOCATION : store),
          StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      // keep the workspace's own settings
    }
  }
}
