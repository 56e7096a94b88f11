package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.annotate.actors.ActorsAnnotator;
import dev.chorus.codebook.Codebook;
import dev.chorus.codebook.CodebookLoader;
import dev.chorus.json.JsonConfig;
import dev.chorus.text.TextFolding;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chorus eval actors --data FILE.csv}: runs the normaliser and the actor gazetteer over the texts of a CSV file
 * and reports how many posts name an actor (per language when the file has a language column), the actors found most
 * often, and the speed of each step. There is no gold standard for actors: this measures coverage and speed, and the
 * top actors show at a glance whether an alias matches too much.
 */
@Command(name = "actors", description = "Actor mentions found in a CSV of texts: coverage by language, top actors, speed.")
final class EvalActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with a header.")
  Path data;

  @Option(names = "--text-column", defaultValue = "text", description = "Column of the text (default ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--lang-column", defaultValue = "lang",
      description = "Column of the language, code or English name; ignored when absent (default ${DEFAULT-VALUE}).")
  String langColumn;

  @Option(names = "--codebook", paramLabel = "FILE", description = "Codebook YAML (default: the bundled one).")
  Path codebookFile;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed passes; the fastest counts (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException("data file not found: " + data);
    }
    Codebook codebook = codebookFile != null ? CodebookLoader.load(codebookFile) : CodebookLoader.loadDefault();
    List<String[]> rows = read();
    ActorsAnnotator actors = new ActorsAnnotator(codebook);
    List<String> normalized = rows.stream().map(r -> TextFolding.forMatching(r[0])).toList();
    long chars = rows.stream().mapToLong(r -> r[0].length()).sum();
    double normalizeSeconds = fastest(() -> rows.forEach(r -> TextFolding.forMatching(r[0])));
    double actorsSeconds = fastest(() -> {
      for (int i = 0; i < rows.size(); i++) {
        actors.actorIds(normalized.get(i), rows.get(i)[1]);
      }
    });
    Map<String, int[]> byLang = new TreeMap<>();
    Map<String, Integer> byActor = new TreeMap<>();
    int withActor = 0;
    for (int i = 0; i < rows.size(); i++) {
      List<String> found = actors.actorIds(normalized.get(i), rows.get(i)[1]);
      int[] counts = byLang.computeIfAbsent(rows.get(i)[1] == null ? "unknown" : rows.get(i)[1], k -> new int[2]);
      counts[0]++;
      if (!found.isEmpty()) {
        withActor++;
        counts[1]++;
      }
      found.forEach(id -> byActor.merge(id, 1, Integer::sum));
    }
    ObjectNode out = JsonConfig.mapper().createObjectNode();
    out.put("data", data.toString()).put("posts", rows.size()).put("posts_with_actor", withActor)
        .put("codebook_version", codebook.version()).put("codebook_hash", codebook.hash())
        .put("normalize_posts_per_s", Math.round(rows.size() / normalizeSeconds))
        .put("normalize_mchars_per_s", Math.round(chars / normalizeSeconds / 1e4) / 100.0)
        .put("actors_posts_per_s", Math.round(rows.size() / actorsSeconds));
    ObjectNode langs = out.putObject("by_lang");
    byLang.forEach((lang, c) -> langs.putObject(lang).put("posts", c[0]).put("with_actor", c[1]));
    ObjectNode top = out.putObject("top_actors");
    byActor.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    spec.commandLine().getOut().println(json ? JsonConfig.mapper().writeValueAsString(out) : out.toPrettyString());
    return ExitCodes.OK;
  }

  /** Rows as {text, language code or null}. */
  private List<String[]> read() throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<String[]> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(data, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
      Map<String, Integer> header = new TreeMap<>();
      p.getHeaderMap().forEach((k, v) -> header.put(k.replace("\uFEFF", "").strip(), v));
      Integer text = header.get(textColumn);
      Integer lang = header.get(langColumn);
      if (text == null) {
        throw new IllegalArgumentException(data + ": no column '" + textColumn + "' (columns: " + header.keySet() + ")");
      }
      for (CSVRecord rec : p) {
        rows.add(new String[] {rec.get(text), lang == null ? null : languageCode(rec.get(lang))});
      }
    }
    return rows;
  }

  /** "fa" stays "fa"; an English name ("Hebrew") becomes its ISO 639-1 code. */
  static String languageCode(String value) {
    String v = value.strip();
    if (v.length() <= 3) {
      return v.isEmpty() ? null : v.toLowerCase(Locale.ROOT);
    }
    for (String code : Locale.getISOLanguages()) {
      if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(v)) {
        return code;
      }
    }
    return v.toLowerCase(Locale.ROOT);
  }

  private double fastest(Runnable pass) {
    pass.run(); // warm-up: JIT
    double best = Double.MAX_VALUE;
    for (int i = 0; i < Math.max(1, rounds); i++) {
      long t0 = System.nanoTime();
      pass.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
