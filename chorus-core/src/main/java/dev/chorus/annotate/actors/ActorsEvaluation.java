package dev.chorus.annotate.actors;

import dev.chorus.text.TextFolding;
import dev.chorus.codebook.Codebook;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs the normaliser and the actor gazetteer over a CSV of texts and reports how many posts name an actor (per
 * language when the file has a language column), the actors found most often, and the speed of each step. There is no
 * gold standard for actors: this measures coverage and speed, and the top actors show at a glance whether an alias
 * matches too much. What {@code chorus eval actors} runs.
 */
public final class ActorsEvaluation {
  /** How many of the most frequent actors the report lists. */
  public static final int TOP_ACTORS = 15;

  /** One text and its language code (null when the file has no language column). */
  public record Sample(String text, String lang) {}

  /** Posts of one language, and how many of them name an actor. */
  public record LanguageCoverage(int posts, int withActor) {}

  /**
   * @param posts texts read
   * @param postsWithActor texts naming at least one actor
   * @param normalizePostsPerSecond normaliser speed, fastest pass
   * @param normalizeMcharsPerSecond the same in millions of characters per second (two decimals)
   * @param actorsPostsPerSecond gazetteer speed on normalised texts, fastest pass
   * @param byLanguage coverage by language code ("unknown" without one), sorted
   * @param topActors the {@link #TOP_ACTORS} actors found most often, most frequent first
   */
  public record Report(int posts, int postsWithActor, long normalizePostsPerSecond, double normalizeMcharsPerSecond,
      long actorsPostsPerSecond, Map<String, LanguageCoverage> byLanguage, Map<String, Integer> topActors) {}

  private final ActorsAnnotator actors;
  private final int rounds;

  /** @param rounds timed passes; the fastest counts */
  public ActorsEvaluation(Codebook codebook, int rounds) {
    this.actors = new ActorsAnnotator(codebook);
    this.rounds = Math.max(1, rounds);
  }

  public Report run(List<Sample> samples) {
    List<String> normalized = samples.stream().map(s -> TextFolding.forMatching(s.text())).toList();
    long chars = samples.stream().mapToLong(s -> s.text().length()).sum();
    double normalizeSeconds = fastest(() -> samples.forEach(s -> TextFolding.forMatching(s.text())));
    double actorsSeconds = fastest(() -> {
      for (int i = 0; i < samples.size(); i++) {
        actors.actorIds(normalized.get(i), samples.get(i).lang());
      }
    });
    Map<String, int[]> byLang = new TreeMap<>();
    Map<String, Integer> byActor = new TreeMap<>();
    int withActor = 0;
    for (int i = 0; i < samples.size(); i++) {
      List<String> found = actors.actorIds(normalized.get(i), samples.get(i).lang());
      String lang = samples.get(i).lang();
      int[] counts = byLang.computeIfAbsent(lang == null ? "unknown" : lang, k -> new int[2]);
      counts[0]++;
      if (!found.isEmpty()) {
        withActor++;
        counts[1]++;
      }
      found.forEach(id -> byActor.merge(id, 1, Integer::sum));
    }
    Map<String, LanguageCoverage> coverage = new TreeMap<>();
    byLang.forEach((lang, c) -> coverage.put(lang, new LanguageCoverage(c[0], c[1])));
    Map<String, Integer> top = new LinkedHashMap<>();
    byActor.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP_ACTORS)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return new Report(samples.size(), withActor, Math.round(samples.size() / normalizeSeconds),
        Math.round(chars / normalizeSeconds / 1e4) / 100.0, Math.round(samples.size() / actorsSeconds), coverage,
        top);
  }

  /** The texts of a CSV file with a header; the language column is optional. */
  public static List<Sample> read(Path file, String textColumn, String langColumn) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("data file not found: " + file);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Sample> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
      Map<String, Integer> header = new TreeMap<>();
      p.getHeaderMap().forEach((k, v) -> header.put(k.replace("\uFEFF", "").strip(), v));
      Integer text = header.get(textColumn);
      Integer lang = header.get(langColumn);
      if (text == null) {
        throw new IllegalArgumentException(file + ": no column '" + textColumn + "' (columns: " + header.keySet() + ")");
      }
      for (CSVRecord rec : p) {
        rows.add(new Sample(rec.get(text), lang == null ? null : languageCode(rec.get(lang))));
      }
    }
    return rows;
  }

  /** "fa" stays "fa"; an English name ("Hebrew") becomes its ISO 639-1 code. */
  public static String languageCode(String value) {
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
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      pass.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
