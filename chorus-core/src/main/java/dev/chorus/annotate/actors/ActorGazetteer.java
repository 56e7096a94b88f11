package dev.chorus.annotate.actors;

import dev.chorus.codebook.Codebook;
import dev.chorus.text.AhoCorasick;
import dev.chorus.text.TextFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codebook's actor aliases, folded by {@link TextFolding#forMatching}, in one automaton. {@link #find} returns the actors named in a normalised
 * text. Immutable and thread-safe.
 */
final class ActorGazetteer {
  /** Languages written in Arabic script, whose aliases can spell a different word in the other one. */
  private static final Set<String> ARABIC_SCRIPT_LANGUAGES = Set.of("fa", "ar");

  private static final Comparator<Mention> BY_START_LONGEST_FIRST =
      Comparator.comparingInt(Mention::start).thenComparing(Mention::end, Comparator.reverseOrder());

  private final AhoCorasick automaton;
  private final List<String> patterns;
  private final List<List<AliasEntry>> entries;

  /** One way an actor's alias can be matched; {@code languages} are those it is listed under in the codebook. */
  record AliasEntry(String actorId, PrefixRule rule, Set<String> languages) {}

  /** An accepted occurrence of an actor's alias. */
  record Mention(String actorId, int start, int end) {}

  ActorGazetteer(Codebook codebook) {
    Map<String, Map<String, AliasEntry>> byPattern = new LinkedHashMap<>();
    for (Codebook.Actor actor : codebook.actors()) {
      actor.aliases().forEach((lang, aliases) -> {
        for (String alias : aliases) {
          String normalized = TextFolding.forMatching(alias);
          if (!normalized.isEmpty()) {
            variants(normalized).forEach((text, rule) -> add(byPattern, text, actor.id(), rule, lang));
          }
        }
      });
    }
    patterns = List.copyOf(byPattern.keySet());
    entries = byPattern.values().stream().map(m -> List.copyOf(m.values())).toList();
    automaton = new AhoCorasick(patterns);
  }

  /** Number of distinct normalised patterns (aliases and their prefix variants). */
  int size() {
    return patterns.size();
  }

  /**
   * Actor ids named in {@code normalized} (the output of {@link TextFolding#forMatching}), each once, in order of first
   * mention. {@code lang} is the post's language or null: in a Persian or Arabic post, an Arabic-script alias listed
   * only under the other language is ignored (Persian عمان "Oman" is also Arabic "Amman").
   */
  List<String> find(String normalized, String lang) {
    List<Mention> mentions = mentions(normalized, lang);
    if (mentions.isEmpty()) {
      return List.of(); // most posts name no actor: no set, no copy
    }
    Set<String> ids = new LinkedHashSet<>();
    mentions.forEach(m -> ids.add(m.actorId()));
    return List.copyOf(ids);
  }

  /** Accepted occurrences, a mention inside a longer one dropped (Kayhan in "Kayhan London"), by position. */
  List<Mention> mentions(String text, String lang) {
    List<Mention> found = new ArrayList<>();
    automaton.search(text, (p, end) -> {
      int start = end - patterns.get(p).length();
      String prefix = WordBoundaries.prefixBefore(text, start);
      if (prefix == null || !WordBoundaries.endsWord(text, end)) {
        return;
      }
      for (AliasEntry e : entries.get(p)) {
        if (e.rule().allows(prefix) && usable(e, lang)) {
          found.add(new Mention(e.actorId(), start, end));
        }
      }
    });
    if (found.isEmpty()) {
      return List.of();
    }
    found.sort(BY_START_LONGEST_FIRST);
    List<Mention> kept = new ArrayList<>();
    int maxEnd = -1;
    for (Mention m : found) {
      Mention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      boolean sameSpan = last != null && last.start() == m.start() && last.end() == m.end();
      if (m.end() > maxEnd || sameSpan) {
        kept.add(m);
        maxEnd = Math.max(maxEnd, m.end());
      }
    }
    return kept;
  }

  private static boolean usable(AliasEntry e, String lang) {
    boolean arabicScript = e.rule() == PrefixRule.ARABIC || e.rule() == PrefixRule.ARABIC_AFTER_LIL;
    return !arabicScript || lang == null || !ARABIC_SCRIPT_LANGUAGES.contains(lang) || e.languages().contains(lang);
  }

  /** The patterns one normalised alias yields, with the prefixes each allows. */
  static Map<String, PrefixRule> variants(String alias) {
    Map<String, PrefixRule> v = new LinkedHashMap<>();
    Character.UnicodeScript script = Character.UnicodeScript.of(alias.codePointAt(0));
    if (script == Character.UnicodeScript.ARABIC) {
      v.put(alias, PrefixRule.ARABIC);
      if (alias.startsWith("ال") && alias.length() > 3) {
        v.put(alias.substring(2), PrefixRule.ARABIC_AFTER_LIL);
      }
    } else if (script == Character.UnicodeScript.HEBREW) {
      v.put(alias, PrefixRule.HEBREW);
      if (alias.startsWith("ה") && alias.length() > 2) {
        v.put(alias.substring(1), PrefixRule.HEBREW_ARTICLE_ABSORBED);
      }
    } else {
      v.put(alias, PrefixRule.NONE);
    }
    return v;
  }

  private static void add(Map<String, Map<String, AliasEntry>> byPattern, String text, String actorId,
      PrefixRule rule, String lang) {
    Map<String, AliasEntry> forText = byPattern.computeIfAbsent(text, t -> new LinkedHashMap<>());
    String key = actorId + "/" + rule;
    AliasEntry old = forText.get(key);
    Set<String> langs = new LinkedHashSet<>(old == null ? Set.of() : old.languages());
    langs.add(lang);
    forText.put(key, new AliasEntry(actorId, rule, Set.copyOf(langs)));
  }
}
