package dev.chorus.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict reading: every mistake is rejected with the file, the line and the key path. */
class CodebookLoaderTest {
  static final String HEAD = "version: '1'\ndebate: test debate\n";
  static final String FRAME = """
      frames:
        - id: first
          name: First
          definition: the first frame
          camp: any
        - id: second
          name: Second
          definition: the second frame
          camp: %s
      """;

  @Test
  void readsAMinimalCodebook() {
    Codebook c = parse(HEAD + """
        targets:
          - id: talks
            name: Talks
            stances: {favor: for, against: not for, none: neither}
        actors:
          - id: irgc
            name: IRGC
            type: organisation
            aliases: {en: [IRGC], fa: [سپاه]}
        cohorts:
          - id: outlets
            name: Outlets
            members: [x:some_outlet]
            rules: [domain:example.org, handle:~news]
        events:
          - id: round-1
            date: 2025-04-12
            title: Round one
        """);
    assertThat(c.targets().get(0).description()).isEmpty();
    assertThat(c.actors().get(0).aliases()).containsEntry("fa", java.util.List.of("سپاه"));
    assertThat(c.cohorts().get(0).members()).containsExactly("x:some_outlet");
    assertThat(c.events().get(0).date()).isEqualTo(LocalDate.of(2025, 4, 12));
    assertThat(c.frames()).isEmpty();
  }

  @Test
  void keepsAVersionAsWrittenNotAsANumber() {
    assertThat(parse("version: 2025.10\ndebate: d\n").version()).isEqualTo("2025.10");
  }

  @Test
  void rejectsAnUnknownTopLevelKeyWithItsLine() {
    rejects(HEAD + "frams: []\n")
        .withMessage("test.yaml line 3: unknown key 'frams' at top level (expected one of version, debate, targets,"
            + " frames, actors, cohorts, events)");
  }

  @Test
  void rejectsAnUnknownNestedKeyNamingItsPath() {
    rejects(HEAD + FRAME.formatted("any") + "    cmap: any\n")
        .withMessageStartingWith("test.yaml line 12: unknown key 'cmap' in frames[1] (expected one of id, name,");
  }

  @Test
  void rejectsAValueOutsideItsSet() {
    rejects(HEAD + FRAME.formatted("pro"))
        .withMessage("test.yaml line 11: frames[1].camp: 'pro' is not one of opposes-talks, supports-talks, any");
    rejects(HEAD + "actors:\n  - {id: a, name: A, type: company, aliases: {en: [A]}}\n")
        .withMessageContaining("line 4: actors[0].type: 'company' is not one of organisation, person");
  }

  @Test
  void rejectsDatesThatAreNotIsoDaysOrDoNotExist() {
    for (String bad : new String[] {"2025-02-30", "12/04/2025", "2025-4-12"}) {
      rejects(HEAD + "events:\n  - id: e\n    title: E\n    date: " + bad + "\n")
          .withMessage("test.yaml line 6: events[0].date: '" + bad + "' is not a date (yyyy-MM-dd)");
    }
  }

  @Test
  void rejectsDuplicateIdsNamingBothEntries() {
    rejects(HEAD + "actors:\n  - {id: irgc, name: A, type: organisation, aliases: {en: [A]}}\n"
        + "  - {id: irgc, name: B, type: organisation, aliases: {en: [B]}}\n")
        .withMessage("test.yaml line 5: actors[1].id: duplicate id 'irgc' (also actors[0])");
  }

  @Test
  void rejectsAKeyGivenTwiceInOneMap() {
    rejects(HEAD + "debate: again\n").withMessageContaining("line 3: key 'debate' appears twice in the same map"
        + " (first on line 2)");
  }

  @Test
  void rejectsMissingRequiredKeysAndEmptyValues() {
    rejects("debate: d\n").withMessageContaining("missing required key 'version'");
    rejects(HEAD + "frames:\n  - {id: f, name: F, camp: any}\n")
        .withMessage("test.yaml line 4: frames[0]: missing required key 'definition'");
    rejects(HEAD + "targets:\n  - {id: t, name: T, stances: {favor: a, against: b}}\n")
        .withMessageContaining("targets[0].stances: missing the definition of 'none'");
    rejects(HEAD + "actors:\n  - {id: a, name: A, type: person, aliases: {en: []}}\n")
        .withMessageContaining("actors[0].aliases: actor 'a' has no alias");
    rejects(HEAD + "actors:\n  - {id: a, name: '', type: person, aliases: {en: [A]}}\n")
        .withMessageContaining("line 4: actors[0].name: expected a non-empty single value, found an empty value");
  }

  @Test
  void rejectsUnknownLanguagesBadIdsMembersAndRules() {
    rejects(HEAD + "actors:\n  - {id: a, name: A, type: person, aliases: {fr: [A]}}\n")
        .withMessageContaining("unknown key 'fr' in actors[0].aliases (expected one of en, fa, ar, he)");
    rejects(HEAD + "actors:\n  - {id: Pro Talks, name: A, type: person, aliases: {en: [A]}}\n")
        .withMessageContaining("actors[0].id: 'Pro Talks' is not a valid id");
    rejects(HEAD + "cohorts:\n  - {id: c, name: C, members: ['@someone']}\n")
        .withMessageContaining("cohorts[0].members[0]: '@someone' is not platform:handle");
    rejects(HEAD + "cohorts:\n  - {id: c, name: C, rules: ['bio:~diaspora']}\n")
        .withMessageContaining("cohorts[0].rules[0]: 'bio:~diaspora' is not field:value with field one of domain,");
    rejects(HEAD + "actors:\n  - {id: a, name: A, type: person, aliases: {en: A}}\n")
        .withMessageContaining("actors[0].aliases.en: expected a list, found a single value");
  }

  @Test
  void rejectsWhatIsNotACodebookAtAll() {
    rejects("").withMessage("test.yaml: the file is empty");
    rejects("- just\n- a list\n").withMessageContaining("expected a map, found a list");
    rejects("version: '1'\ndebate: [unclosed\n").withMessageStartingWith("test.yaml line ")
        .withMessageContaining("not valid YAML");
    rejects(HEAD + "---\nversion: '2'\n").withMessageContaining("more than one YAML document");
    rejects("\t- bad\n").withMessage("test.yaml line 1: not valid YAML: while scanning for the next token; found"
        + " character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)");
    rejects("version: &v '1'\ndebate: *v\n").withMessage("test.yaml line 2: YAML aliases (*v) are not supported:"
        + " write the value out");
  }

  /** Names in other languages sit beside the default name; the page picks the reader's language among them. */
  @Test
  void readsNamesPerLanguageBesideTheDefaultName() {
    Codebook c = parse(HEAD + """
        targets:
          - {id: talks, name: Talks, names: {fa: مذاکرات, de: Die Gespräche}, stances: {favor: a, against: b, none: c}}
        frames:
          - {id: first, name: First, names: {pt-BR: Primeiro}, definition: d, camp: any}
          - {id: second, name: Second, definition: d, camp: any}
        actors:
          - {id: irgc, name: IRGC, names: {fa: سپاه}, type: organisation, aliases: {en: [IRGC]}}
        cohorts:
          - {id: outlets, name: Outlets, names: {ar: منافذ}}
        """);
    assertThat(c.targets().get(0).names()).containsExactly(Map.entry("fa", "مذاکرات"), Map.entry("de", "Die Gespräche"));
    assertThat(c.frames().get(1).names()).isEmpty();
    assertThat(c.namesOf("codebook.targets")).containsExactly(Map.entry("talks", "Talks"));
    assertThat(c.namesByLanguageOf("codebook.frames")).containsExactly(Map.entry("pt-br", Map.of("first", "Primeiro")));
    assertThat(c.namesByLanguageOf("codebook.actors")).containsExactly(Map.entry("fa", Map.of("irgc", "سپاه")));
    assertThat(c.namesByLanguageOf("codebook.cohorts")).containsEntry("ar", Map.of("outlets", "منافذ"));
    assertThat(c.namesByLanguageOf("calls.types")).isEmpty();
  }

  @Test
  void rejectsANameInALanguageThatIsNotALanguageCodeNamingTheEntry() {
    rejects(HEAD + FRAME.formatted("any") + "    names: {Persian: حاکمیت}\n")
        .withMessage("test.yaml line 12: frames[1].names.Persian: frame 'second': 'Persian' is not a language code "
            + "(ISO 639: two or three lower-case letters, optionally with a region, e.g. fa, ar, he or pt-BR)");
    rejects(HEAD + FRAME.formatted("any") + "    names: {fa: ''}\n")
        .withMessageContaining("frames[1].names.fa: expected a non-empty single value, found an empty value");
    rejects(HEAD + FRAME.formatted("any") + "    names: [fa]\n")
        .withMessageContaining("frames[1].names: expected a map, found");
  }

  /** A codebook without names hashes as before they existed; adding or changing one changes the hash. */
  @Test
  void namesPerLanguageArePartOfTheHash() {
    String actor = "actors:\n  - {id: a, name: A, type: person, aliases: {en: [A]}%s}\n";
    Codebook plain = parse(HEAD + actor.formatted(""));
    Codebook persian = parse(HEAD + actor.formatted(", names: {fa: الف}"));
    Codebook arabic = parse(HEAD + actor.formatted(", names: {ar: الف}"));
    assertThat(plain.hash()).isNotEqualTo(persian.hash());
    assertThat(persian.hash()).isNotEqualTo(arabic.hash());
    assertThat(parse(HEAD + actor.formatted(", names: {}")).hash()).isEqualTo(plain.hash());
  }

  @Test
  void hashIgnoresLayoutButNotContent() {
    Codebook a = parse(HEAD + "# a comment\nactors:\n  - {id: a, name: A, type: person, aliases: {en: [A], fa: [B]}}\n");
    Codebook b = parse("debate: test debate\nversion: '1'\nactors:\n  - name: A\n    id: a\n    type: person\n"
        + "    aliases:\n      fa: [B]\n      en: [A]\n");
    Codebook c = parse(HEAD + "actors:\n  - {id: a, name: A, type: person, aliases: {en: [A], fa: [C]}}\n");
    assertThat(a.hash()).isEqualTo(b.hash()).isNotEqualTo(c.hash());
  }

  @Test
  void missingFileIsAUsageErrorNamingThePath(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> CodebookLoader.load(missing)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void errorsFromAFileNameThePath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("codebook.yaml");
    Files.writeString(file, HEAD + FRAME.formatted("pro"));
    assertThatThrownBy(() -> CodebookLoader.load(file)).isInstanceOf(InvalidCodebookException.class)
        .hasMessage(file + " line 11: frames[1].camp: 'pro' is not one of opposes-talks, supports-talks, any")
        .satisfies(e -> {
          InvalidCodebookException ice = (InvalidCodebookException) e;
          assertThat(ice.line()).isEqualTo(11);
          assertThat(ice.path()).isEqualTo("frames[1].camp");
        });
  }

  @Test
  void workspaceGetsACopyOfTheDefaultOnceAndKeepsItsEdits(@TempDir Path workspace) throws Exception {
    LoadedCodebook first = WorkspaceCodebook.load(workspace);
    Path file = WorkspaceCodebook.file(workspace);
    assertThat(file).exists();
    assertThat(first.fileSha256()).isEqualTo(CodebookLoader.readDefault().fileSha256());
    Files.writeString(file, Files.readString(file).replace("version: \"2025.1\"", "version: \"local-1\""));
    assertThat(WorkspaceCodebook.load(workspace).codebook().version()).isEqualTo("local-1");
    assertThat(dir(workspace)).containsExactly("codebook.yaml");
  }

  private static java.util.List<String> dir(Path p) throws Exception {
    try (var s = Files.list(p)) {
      return s.map(x -> x.getFileName().toString()).toList();
    }
  }

  private static Codebook parse(String yaml) {
    return CodebookLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8)).codebook();
  }

  private static ThrowableAssertAlternative<InvalidCodebookException> rejects(String yaml) {
    return org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidCodebookException.class)
        .isThrownBy(() -> parse(yaml));
  }
}
