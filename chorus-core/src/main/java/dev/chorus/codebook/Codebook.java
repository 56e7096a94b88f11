package dev.chorus.codebook;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codebook of one debate. Deeply immutable: every list and map is copied on construction, so one instance can be
 * shared by annotators running on many threads.
 *
 * @param version the codebook's own version (e.g. "2025.1"), recorded with every label made with it
 * @param debate one line naming the debate
 * @param targets debate targets toward which stance is measured
 * @param frames frames (multi-label), with definitions and example phrases per language
 * @param actors organisations, people, places and agreements with aliases per language
 * @param cohorts named groups of accounts (lists and rules)
 * @param events dated events to mark on time series
 */
public record Codebook(
    String version,
    String debate,
    List<Target> targets,
    List<Frame> frames,
    List<Actor> actors,
    List<Cohort> cohorts,
    List<Event> events) {

  /** The languages of examples and aliases, in the order the codebook file lists them. */
  public static final List<String> LANGUAGES = List.of("en", "fa", "ar", "he");

  public Codebook {
    targets = List.copyOf(targets == null ? List.of() : targets);
    frames = List.copyOf(frames == null ? List.of() : frames);
    actors = List.copyOf(actors == null ? List.of() : actors);
    cohorts = List.copyOf(cohorts == null ? List.of() : cohorts);
    events = List.copyOf(events == null ? List.of() : events);
  }

  /**
   * The ids of the section a label dimension names as its {@code labelSource} ({@code codebook.frames},
   * {@code codebook.actors}, {@code codebook.cohorts}, {@code codebook.targets}), lower-cased; empty for any other
   * source.
   */
  public java.util.Set<String> idsOf(String labelSource) {
    return new java.util.LinkedHashSet<>(namesOf(labelSource).keySet());
  }

  /**
   * The codebook's names of the ids {@link #idsOf} gives (id lower-cased → name as written), for showing
   * {@code opposition-activists} as "Opposition activists" wherever a label is shown; ids without a name map to
   * themselves.
   */
  public Map<String, String> namesOf(String labelSource) {
    Map<String, String> out = new LinkedHashMap<>();
    entriesOf(labelSource, (id, name, names) -> out.put(id.toLowerCase(java.util.Locale.ROOT),
        name == null || name.isBlank() ? id : name));
    return out;
  }

  /**
   * The names the codebook gives the same ids in other languages ({@code names: {fa: ...}} beside {@code name}):
   * language → (id lower-cased → name), for the page to show the name in the reader's language where there is one.
   */
  public Map<String, Map<String, String>> namesByLanguageOf(String labelSource) {
    Map<String, Map<String, String>> out = new java.util.TreeMap<>();
    entriesOf(labelSource, (id, name, names) -> names.forEach((lang, local) ->
        out.computeIfAbsent(lang, l -> new LinkedHashMap<>()).put(id.toLowerCase(java.util.Locale.ROOT), local)));
    return out;
  }

  /** One named entry of a section: its id, its name and its names by language. */
  private interface NamedEntry {
    void accept(String id, String name, Map<String, String> names);
  }

  private void entriesOf(String labelSource, NamedEntry entry) {
    switch (labelSource == null ? "" : labelSource) {
      case "codebook.frames" -> frames.forEach(f -> entry.accept(f.id(), f.name(), f.names()));
      case "codebook.actors" -> actors.forEach(a -> entry.accept(a.id(), a.name(), a.names()));
      case "codebook.cohorts" -> cohorts.forEach(c -> entry.accept(c.id(), c.name(), c.names()));
      case "codebook.targets" -> targets.forEach(t -> entry.accept(t.id(), t.name(), t.names()));
      default -> { }
    }
  }

  public static Codebook empty() {
    return new Codebook("0", "", List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * SHA-256 (hex) of the codebook's content in a canonical form: the same for two files that differ only in comments,
   * key order or layout, different as soon as any id, alias, definition or date changes. Annotators put it in their
   * stamp so every label can be traced to the codebook it was made with.
   */
  public String hash() {
    return CodebookDigest.sha256(this);
  }

  /** A debate target; {@code stances} defines favor, against and none for it. */
  public record Target(String id, String name, String description, Map<String, String> stances,
      Map<String, String> names) {
    public static final List<String> STANCES = List.of("favor", "against", "none");

    public Target {
      stances = Collections.unmodifiableMap(new LinkedHashMap<>(stances == null ? Map.of() : stances));
      names = copy(names);
    }

    public Target(String id, String name, String description, Map<String, String> stances) {
      this(id, name, description, stances, Map.of());
    }
  }

  /** A frame; {@code camp} says which side typically uses it (or "any"); examples are keyed by language. */
  public record Frame(String id, String name, String definition, String camp, Map<String, List<String>> examples,
      Map<String, String> names) {
    public static final List<String> CAMPS = List.of("opposes-talks", "supports-talks", "any");

    public Frame {
      examples = byLanguage(examples);
      names = copy(names);
    }

    public Frame(String id, String name, String definition, String camp, Map<String, List<String>> examples) {
      this(id, name, definition, camp, examples, Map.of());
    }
  }

  /** An actor; {@code type} is organisation, person, place, agreement or institution; aliases keyed by language. */
  public record Actor(String id, String name, String type, Map<String, List<String>> aliases,
      Map<String, String> names) {
    public static final List<String> TYPES = List.of("organisation", "person", "place", "agreement", "institution");

    public Actor {
      aliases = byLanguage(aliases);
      names = copy(names);
    }

    public Actor(String id, String name, String type, Map<String, List<String>> aliases) {
      this(id, name, type, aliases, Map.of());
    }
  }

  /**
   * A cohort of accounts: explicit members ({@code platform:handle}) and rules ({@code field:value}, field one of
   * {@link #RULE_FIELDS}; a value starting with {@code ~} means "contains", case-insensitive, else equals), e.g.
   * {@code domain:presstv.ir} for an outlet's own posts or {@code handle:~presstv}, as the codebook states them.
   */
  public record Cohort(String id, String name, String description, List<String> members, List<String> rules,
      Map<String, String> names) {
    /** domain: the host of the post's permalink (an outlet's own feed); handle, name: the author's. */
    public static final List<String> RULE_FIELDS = List.of("domain", "handle", "name");

    public Cohort {
      members = List.copyOf(members == null ? List.of() : members);
      rules = List.copyOf(rules == null ? List.of() : rules);
      names = copy(names);
    }

    public Cohort(String id, String name, String description, List<String> members, List<String> rules) {
      this(id, name, description, members, rules, Map.of());
    }
  }

  /** A dated event. */
  public record Event(String id, LocalDate date, String title, String description) {}

  private static Map<String, String> copy(Map<String, String> in) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(in == null ? Map.of() : in));
  }

  private static Map<String, List<String>> byLanguage(Map<String, List<String>> in) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (in != null) {
      in.forEach((lang, list) -> copy.put(lang, List.copyOf(list == null ? List.of() : list)));
    }
    return Collections.unmodifiableMap(copy);
  }
}
