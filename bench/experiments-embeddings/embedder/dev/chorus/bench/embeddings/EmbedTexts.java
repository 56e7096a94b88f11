package dev.chorus.bench.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Experiment tool, not product code (run by bench/stance-embeddings.sh, compiled against one embedding model's jars
 * only, never against Chorus): embeds the texts of a file (one Base64 UTF-8 text a line) that are not yet in the cache
 * and appends them to it. Cache: one line per text, {@code sha256-hex(text) TAB v1 v2 ... vd}, the SHA-256 of the
 * post's text as Chorus read it (before any prefix); one cache file per model and prefix, so the file name is the
 * model's key. Compiled unchanged against langchain4j 0.36 and 1.x: it uses only {@code EmbeddingModel.embedAll}.
 *
 * <p>Arguments: {@code MODEL_CLASS PREFIX TEXTS CACHE}, e.g. {@code
 * dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel "query: " texts.b64 e5.tsv}.
 */
public final class EmbedTexts {
  private static final int BATCH = 64;

  private EmbedTexts() {}

  public static void main(String[] args) throws Exception {
    String modelClass = args[0];
    String prefix = args[1];
    Path textsFile = Path.of(args[2]);
    Path cache = Path.of(args[3]);
    Set<String> have = new HashSet<>();
    if (Files.exists(cache)) {
      for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          have.add(line.substring(0, tab));
        }
      }
    }
    Map<String, String> todo = new LinkedHashMap<>();
    for (String line : Files.readAllLines(textsFile, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String text = new String(Base64.getDecoder().decode(line.strip()), StandardCharsets.UTF_8);
      String key = sha256(text);
      if (!have.contains(key)) {
        todo.putIfAbsent(key, text);
      }
    }
    System.err.printf(Locale.ROOT, "embed: %s, prefix '%s': %d cached, %d to embed%n", modelClass, prefix,
        have.size(), todo.size());
    if (todo.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    EmbeddingModel model = (EmbeddingModel) Class.forName(modelClass).getDeclaredConstructor().newInstance();
    List<String> keys = new ArrayList<>(todo.keySet());
    Files.createDirectories(cache.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND)) {
      for (int from = 0; from < keys.size(); from += BATCH) {
        List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
        List<TextSegment> segments = batch.stream().map(k -> TextSegment.from(prefix + todo.get(k))).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        for (int i = 0; i < batch.size(); i++) {
          StringBuilder line = new StringBuilder(batch.get(i)).append('\t');
          float[] v = embeddings.get(i).vector();
          for (int j = 0; j < v.length; j++) {
            line.append(j == 0 ? "" : " ").append(v[j]);
          }
          out.write(line.append('\n').toString());
        }
        out.flush(); // a killed run keeps what it embedded
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(Locale.ROOT, "embed: %d texts in %.1f s (%.1f ms a text, model loading included)%n",
        keys.size(), seconds, 1000 * seconds / keys.size());
  }

  static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
