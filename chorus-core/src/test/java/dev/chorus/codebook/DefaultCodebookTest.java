package dev.chorus.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled codebook loads and is complete: every actor and frame speaks all four languages. */
class DefaultCodebookTest {
  static final Codebook DEFAULT = CodebookLoader.loadDefault();

  @Test
  void namesTheDebateAndItsVersion() {
    assertThat(DEFAULT.version()).isEqualTo("2025.1");
    assertThat(DEFAULT.debate()).contains("United States").contains("Iran");
  }

  @Test
  void definesFavorAgainstAndNoneForTheTalksTarget() {
    assertThat(DEFAULT.targets()).extracting(Codebook.Target::id).containsExactly("us-iran-talks");
    assertThat(DEFAULT.targets().get(0).stances()).containsOnlyKeys("favor", "against", "none")
        .allSatisfy((k, v) -> assertThat(v).isNotBlank());
  }

  @Test
  void hasTheFramesOfBothCampsWithExamplesInEveryLanguage() {
    assertThat(DEFAULT.frames()).filteredOn(f -> f.camp().equals("opposes-talks")).extracting(Codebook.Frame::id)
        .containsExactly("appeasement-betrayal", "repression-human-rights", "proxies-regional-security",
            "nuclear-threat", "regime-legitimacy");
    assertThat(DEFAULT.frames()).filteredOn(f -> f.camp().equals("supports-talks")).extracting(Codebook.Frame::id)
        .containsExactly("diplomacy-deescalation", "nonproliferation-verification", "sanctions-humanitarian-cost",
            "avoiding-war");
    for (Codebook.Frame f : DEFAULT.frames()) {
      assertThat(f.definition()).as(f.id()).isNotBlank();
      assertThat(f.examples()).as(f.id()).containsOnlyKeys(Codebook.LANGUAGES);
      f.examples().forEach((lang, examples) -> assertThat(examples).as(f.id() + " " + lang).hasSizeBetween(3, 6));
    }
  }

  @Test
  void everyActorHasAliasesInAllFourLanguages() {
    assertThat(DEFAULT.actors()).hasSizeGreaterThanOrEqualTo(25);
    for (Codebook.Actor a : DEFAULT.actors()) {
      assertThat(a.aliases()).as(a.id()).containsOnlyKeys(Codebook.LANGUAGES);
      a.aliases().forEach((lang, aliases) -> assertThat(aliases).as(a.id() + " " + lang).isNotEmpty());
    }
  }

  @Test
  void listsTheActorsOfTheDebate() {
    assertThat(DEFAULT.actors()).extracting(Codebook.Actor::id).contains("irgc", "jcpoa", "hezbollah", "houthis",
        "iaea", "khamenei", "araghchi", "witkoff", "us-state-department", "israel-pmo", "netanyahu", "oman",
        "muscat", "fordow", "natanz", "snapback", "e3", "us-congress", "mossad", "irna", "press-tv", "tasnim",
        "fars-news", "kayhan");
    Codebook.Actor irgc = actor("irgc");
    assertThat(irgc.aliases().get("en")).contains("IRGC");
    assertThat(irgc.aliases().get("fa")).contains("سپاه پاسداران");
    assertThat(irgc.aliases().get("ar")).contains("الحرس الثوري");
    assertThat(irgc.aliases().get("he")).contains("משמרות המהפכה");
    assertThat(actor("houthis").aliases().get("he")).contains("החות'ים");
  }

  @Test
  void hasTheCohortsWithEmptyMemberListsAndDatedEvents() {
    assertThat(DEFAULT.cohorts()).extracting(Codebook.Cohort::id).containsExactly("opposition-activists",
        "diaspora-pragmatists", "israeli-officials", "iranian-state-media", "us-officials");
    assertThat(DEFAULT.cohorts()).allSatisfy(c -> assertThat(c.members()).isEmpty());
    assertThat(DEFAULT.cohorts().get(3).rules()).contains("domain:presstv.ir");
    List<LocalDate> dates = DEFAULT.events().stream().map(Codebook.Event::date).toList();
    assertThat(dates).isSorted().contains(LocalDate.of(2025, 4, 12), LocalDate.of(2025, 4, 19));
  }

  @Test
  void isDeeplyImmutable() {
    assertThatThrownBy(() -> DEFAULT.actors().get(0).aliases().get("en").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> DEFAULT.frames().get(0).examples().put("xx", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void hashesAreStableAndNameTheFile() {
    LoadedCodebook loaded = CodebookLoader.readDefault();
    assertThat(loaded.fileSha256()).matches("[0-9a-f]{64}");
    assertThat(DEFAULT.hash()).matches("[0-9a-f]{64}").isEqualTo(loaded.codebook().hash())
        .isNotEqualTo(loaded.fileSha256()).isNotEqualTo(Codebook.empty().hash());
  }

  private static Codebook.Actor actor(String id) {
    return DEFAULT.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }
}
