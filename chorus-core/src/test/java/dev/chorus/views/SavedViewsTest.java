package dev.chorus.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** views.yaml read and checked, written back keeping its header, and the view filter's expansion. */
class SavedViewsTest {
  @TempDir Path dir;

  @Test
  void noFileIsNoViewsAndAViewIsReadWithItsFiltersInTheParsersOrder() throws Exception {
    assertThat(SavedViews.load(dir).views()).isEmpty();
    Files.writeString(dir.resolve("views.yaml"), """
        # my notes
        views:
          - name: fa-talks
            description: Persian posts on the talks
            since: 2025-04-01
            lang: [fa, ar]
            q: talks
        """);
    SavedView v = SavedViews.load(dir).find("fa-talks").orElseThrow();
    assertThat(v.description()).isEqualTo("Persian posts on the talks");
    assertThat(v.filters().keySet()).containsExactly("q", "lang", "since");
    PostQuery q = v.query();
    assertThat(q.values("lang")).containsExactlyInAnyOrder("fa", "ar");
    assertThat(q.since()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
  }

  @Test
  void aBadEntryIsRefusedNamingTheFileTheEntryItsLineWhatWasExpectedAndFound() throws Exception {
    refused("""
        views:
          - name: ok
            lang: fa
          - name: bad
            langg: fa
        """, "view 2 (line 4): unknown filter 'langg'; the filters are q, ");
    refused("""
        views:
          - name: bad
            since: yesterday
        """, "view 1 (line 2): filter since: 'yesterday' is not a date");
    refused("""
        views:
          - name: bad
            kind: tweet
        """, "view 1 (line 2): filter kind: 'tweet' is not one of");
    refused("""
        views:
          - name: Fa Talks
        """, "view 1 (line 2): name: expected lower-case letters, digits and dashes (fa-talks); found 'Fa Talks'");
    refused("""
        views:
          - name: a
          - name: a
        """, "view 2 (line 3): name 'a' is used by an earlier view");
    refused("rules: []\n", "line 1: expected 'views:' and a list of views");
  }

  private void refused(String yaml, String expected) throws Exception {
    Files.writeString(dir.resolve("views.yaml"), yaml);
    assertThatThrownBy(() -> SavedViews.load(dir)).hasMessageContaining(dir.resolve("views.yaml").toString())
        .hasMessageContaining(expected);
  }

  @Test
  void savingKeepsTheHeaderCommentsAndTheOtherViewsAndRefusesATakenNameWithoutReplace() throws Exception {
    Files.writeString(dir.resolve("views.yaml"), "# views of the talks study\n# keep in sync with the memo\n"
        + "views:\n  - name: first\n    lang: fa\n");
    SavedViews views = SavedViews.load(dir);
    views.with(new SavedView("second", "English", Map.of("lang", List.of("en"))), false).save();
    SavedViews read = SavedViews.load(dir);
    assertThat(read.names()).containsExactly("first", "second");
    assertThat(Files.readString(dir.resolve("views.yaml"))).startsWith("# views of the talks study\n# keep in sync");
    assertThatThrownBy(() -> read.with(new SavedView("first", null, Map.of()), false))
        .hasMessageContaining("a view named 'first' is already saved").hasMessageContaining("--replace");
    read.with(new SavedView("first", null, Map.of("lang", List.of("ar"))), true).save();
    assertThat(SavedViews.load(dir).find("first").orElseThrow().filters()).containsEntry("lang", List.of("ar"));
    SavedViews.load(dir).without("first").save();
    assertThat(SavedViews.load(dir).names()).containsExactly("second");
    assertThatThrownBy(() -> SavedViews.load(dir).without("nope"))
        .hasMessageContaining("no saved view 'nope'").hasMessageContaining("known: second");
  }

  @Test
  void theViewFilterFillsInTheSavedFiltersUnderTheGivenOnesAndAnUnknownNameListsTheKnown() throws Exception {
    new SavedViews(dir.resolve("views.yaml"), List.of(new SavedView("fa-talks", null,
        Map.of("lang", List.of("fa"), "q", List.of("talks"), "since", List.of("2025-04-01"))))).save();
    Map<String, List<String>> given = Map.of("view", List.of("fa-talks"), "since", List.of("2025-05-01"));
    Map<String, List<String>> expanded = ViewFilter.expand(given, dir);
    assertThat(expanded).doesNotContainKey("view").containsEntry("lang", List.of("fa"))
        .containsEntry("q", List.of("talks")).containsEntry("since", List.of("2025-05-01"));
    assertThat(ViewFilter.expand(Map.of("lang", List.of("en")), dir)).isEqualTo(Map.of("lang", List.of("en")));

    assertThatThrownBy(() -> ViewFilter.expand(Map.of("view", List.of("fa-talk")), dir))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessage("view: no saved view 'fa-talk' in " + dir.resolve("views.yaml") + "; known: fa-talks");
    assertThat(((InvalidFilterException) catchThrowable(dir)).filter()).isEqualTo("view");
    assertThat(Set.copyOf(SavedView.FILTER_NAMES)).doesNotContain("view");
  }

  private static Throwable catchThrowable(Path dir) {
    return org.assertj.core.api.Assertions.catchThrowable(() -> ViewFilter.expand(Map.of("view", List.of("x")), dir));
  }
}
