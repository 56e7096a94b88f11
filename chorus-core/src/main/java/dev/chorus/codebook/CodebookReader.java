package dev.chorus.codebook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Maps the YAML tree of a codebook file to a {@link Codebook}, rejecting unknown keys and invalid values. */
final class CodebookReader {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
  private static final Pattern MEMBER = Pattern.compile("[a-z][a-z0-9-]*:[^\\s:]+");

  private final String source;
  /** Where each id was first seen, by section: one reader reads one file, on one thread. */
  private final Map<String, String> firstSeen = new HashMap<>();

  CodebookReader(String source) {
    this.source = source;
  }

  Codebook read(YamlNode root) {
    if (root == null) {
      throw new InvalidCodebookException(source, 0, "", "the file is empty");
    }
    CheckedMap top = new CheckedMap(source, "", root,
        List.of("version", "debate", "targets", "frames", "actors", "cohorts", "events"));
    return new Codebook(
        top.requiredText("version"),
        top.requiredText("debate"),
        top.list("targets", this::target),
        top.list("frames", this::frame),
        top.list("actors", this::actor),
        top.list("cohorts", this::cohort),
        top.list("events", this::event));
  }

  private Codebook.Target target(YamlNode node, String path) {
    CheckedMap m = new CheckedMap(source, path, node, List.of("id", "name", "names", "description", "stances"));
    if (!m.has("stances")) {
      throw m.error(m.line(), path, "missing required key 'stances' (favor, against, none)");
    }
    Map<String, String> stances = m.keyed("stances", Codebook.Target.STANCES, m::scalar);
    for (String s : Codebook.Target.STANCES) {
      if (!stances.containsKey(s)) {
        throw m.error(m.line(), m.path("stances"), "missing the definition of '" + s + "'");
      }
    }
    String id = uniqueId(m, path);
    return new Codebook.Target(id, m.requiredText("name"), m.optionalText("description"), stances,
        names(m, "target", id));
  }

  private Codebook.Frame frame(YamlNode node, String path) {
    CheckedMap m = new CheckedMap(source, path, node, List.of("id", "name", "names", "definition", "camp", "examples"));
    String id = uniqueId(m, path);
    return new Codebook.Frame(id, m.requiredText("name"), m.requiredText("definition"),
        m.oneOf("camp", Codebook.Frame.CAMPS), byLanguage(m, "examples"), names(m, "frame", id));
  }

  private Codebook.Actor actor(YamlNode node, String path) {
    CheckedMap m = new CheckedMap(source, path, node, List.of("id", "name", "names", "type", "aliases"));
    String id = uniqueId(m, path);
    Map<String, List<String>> aliases = byLanguage(m, "aliases");
    if (aliases.values().stream().allMatch(List::isEmpty)) {
      throw m.error(m.line(), m.path("aliases"), "actor '" + id + "' has no alias (give at least one, e.g. en: [Name])");
    }
    return new Codebook.Actor(id, m.requiredText("name"), m.oneOf("type", Codebook.Actor.TYPES), aliases,
        names(m, "actor", id));
  }

  private Codebook.Cohort cohort(YamlNode node, String path) {
    CheckedMap m = new CheckedMap(source, path, node, List.of("id", "name", "names", "description", "members", "rules"));
    String id = uniqueId(m, path);
    List<String> members = m.list("members", (n, p) -> member(m, n, p));
    List<String> rules = m.list("rules", (n, p) -> rule(m, n, p));
    return new Codebook.Cohort(id, m.requiredText("name"), m.optionalText("description"), members, rules,
        names(m, "cohort", id));
  }

  private Codebook.Event event(YamlNode node, String path) {
    CheckedMap m = new CheckedMap(source, path, node, List.of("id", "date", "title", "description"));
    String id = uniqueId(m, path);
    String date = m.requiredText("date");
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(date, DATE);
    } catch (DateTimeParseException e) {
      throw m.error(m.lineOf("date"), m.path("date"), "'" + date + "' is not a date (yyyy-MM-dd)");
    }
    return new Codebook.Event(id, parsed, m.requiredText("title"), m.optionalText("description"));
  }

  /** Examples or aliases: a map from language (en, fa, ar, he) to a list of non-blank strings. */
  private static Map<String, List<String>> byLanguage(CheckedMap m, String key) {
    return m.keyed(key, Codebook.LANGUAGES, (n, p) -> {
      if (!(n instanceof YamlNode.Sequence seq)) {
        throw m.error(n.line(), p, "expected a list, found " + n.kind());
      }
      return seq.items().stream().map(item -> m.scalar(item, p)).toList();
    });
  }

  /**
   * The entry's names in other languages ({@code names: {fa: ..., ar: ...}}): language codes (ISO 639, with an
   * optional region, as browsers report the reader's language) to a non-blank name; keys lower-cased.
   */
  private static Map<String, String> names(CheckedMap m, String kind, String id) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    m.eachEntry("names", (lang, node, path) -> {
      if (!LANGUAGE.matcher(lang).matches()) {
        throw m.error(node.line(), path, kind + " '" + id + "': '" + lang + "' is not a language code (ISO 639: two "
            + "or three lower-case letters, optionally with a region, e.g. fa, ar, he or pt-BR)");
      }
      out.put(lang.toLowerCase(java.util.Locale.ROOT), m.scalar(node, path));
    });
    return out;
  }

  private static String member(CheckedMap m, YamlNode n, String path) {
    String v = m.scalar(n, path);
    if (!MEMBER.matcher(v).matches()) {
      throw m.error(n.line(), path, "'" + v + "' is not platform:handle (e.g. x:example_handle)");
    }
    return v;
  }

  private static String rule(CheckedMap m, YamlNode n, String path) {
    String v = m.scalar(n, path);
    int colon = v.indexOf(':');
    String field = colon < 0 ? "" : v.substring(0, colon);
    String value = colon < 0 ? "" : v.substring(colon + 1).replaceFirst("^~", "").strip();
    if (!Codebook.Cohort.RULE_FIELDS.contains(field) || value.isEmpty()) {
      throw m.error(n.line(), path, "'" + v + "' is not field:value with field one of "
          + String.join(", ", Codebook.Cohort.RULE_FIELDS) + " (e.g. domain:example.org, handle:~example)");
    }
    return v;
  }

  /** The map's id, rejected when an earlier item of the same list (targets, frames, ...) has it. */
  private String uniqueId(CheckedMap m, String path) {
    String id = m.id();
    String section = path.substring(0, path.indexOf('['));
    String first = firstSeen.putIfAbsent(section + "/" + id, path);
    if (first != null) {
      throw m.error(m.lineOf("id"), m.path("id"), "duplicate id '" + id + "' (also " + first + ")");
    }
    return id;
  }
}
