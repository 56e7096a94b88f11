package dev.chorus.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trained models of one workspace ({@code WORKSPACE/models}): where each kind is stored, and every model card as
 * written, for the dashboard and anyone who wants to trace a model-made label to what the model learned from.
 *
 * @param dir the workspace's models folder
 */
public record ModelRegistry(Path dir) {
  /** Folder of the per-target stance models. */
  public static final String STANCE = "stance";
  /** Folder of the per-frame models. */
  public static final String FRAMES = "frames";

  private static final String CARD_SUFFIX = ".card.json";
  /** Cards sit at {@code <kind>/<id>.card.json}; a little deeper is tolerated, a deep tree is not walked. */
  private static final int MAX_DEPTH = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  public ModelStore stance() {
    return ModelStore.in(dir, STANCE);
  }

  public ModelStore frames() {
    return ModelStore.in(dir, FRAMES);
  }

  /**
   * One card file as listed: its id (path under the models folder without {@code .card.json}), the label key of what
   * the model predicts, and the card as written (null with an error when the file is not JSON).
   */
  public record CardEntry(String id, String labelKey, JsonNode card, String error) {}

  /**
   * Every card, sorted by path, or only those whose label key is {@code labelKey} ({@code stance:us-iran-talks},
   * {@code frame}; null for all). A card that is not JSON is listed with its error, so one bad file hides nothing.
   */
  public List<CardEntry> cards(String labelKey) throws IOException {
    List<CardEntry> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir, MAX_DEPTH)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(CARD_SUFFIX)).sorted()
          .toList();
    }
    for (Path f : files) {
      CardEntry entry = entry(f);
      if (labelKey == null || labelKey.equals(entry.labelKey())) {
        out.add(entry);
      }
    }
    return out;
  }

  /**
   * A fingerprint of every file in the models folder (count, bytes, newest modification), which changes whenever a
   * model is trained, retrained or removed: whoever caches what the models say (the server's answers about them) keys
   * the cache by it, since training a model writes no new store generation.
   */
  public String stamp() throws IOException {
    if (!Files.isDirectory(dir)) {
      return "none";
    }
    long count = 0;
    long bytes = 0;
    long newest = 0;
    try (Stream<Path> s = Files.walk(dir, MAX_DEPTH)) {
      for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        count++;
        bytes += Files.size(f);
        newest = Math.max(newest, Files.getLastModifiedTime(f).to(java.util.concurrent.TimeUnit.MICROSECONDS));
      }
    }
    return count + "/" + bytes + "/" + newest;
  }

  private CardEntry entry(Path file) {
    String relative = dir.relativize(file).toString().replace('\\', '/');
    String id = relative.substring(0, relative.length() - CARD_SUFFIX.length());
    JsonNode card = null;
    String error = null;
    try {
      card = JSON.readTree(file.toFile());
    } catch (IOException e) {
      error = "not readable as JSON: " + e.getMessage().lines().findFirst().orElse("");
    }
    return new CardEntry(id, labelKey(id, card), card, error);
  }

  /**
   * The card's {@code name} (what the model predicts, the annotation key of its labels), else from the folder:
   * {@code stance/x} is {@code stance:x}.
   */
  private static String labelKey(String id, JsonNode card) {
    if (card != null && card.path("name").isTextual()) {
      return card.get("name").asText();
    }
    int slash = id.indexOf('/');
    return slash < 0 ? id : id.substring(0, slash) + ":" + id.substring(slash + 1);
  }
}
