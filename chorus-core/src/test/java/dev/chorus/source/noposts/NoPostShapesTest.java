package dev.chorus.source.noposts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.source.FileSniff;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceReads;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.UnreadableInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that hold no posts are refused saying what they are, by detection and by every source given the format. */
class NoPostShapesTest {
  private static final Path DIR = Path.of("src/test/resources/noposts");
  private static final SourceRegistry REGISTRY = SourceRegistry.loadDefault();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x-tweet-counts.json|is an X API tweet counts response (numbers of posts per period): no posts",
      "x-tweet-counts.ndjson|is an X API tweet counts response",
      "x-users.json|is an X API user lookup (accounts, not posts): no posts",
      "x-lists.json|is an X API list lookup",
      "x-compliance-output.ndjson|is X API compliance job output",
      "x-compliance-job.json|is an X API compliance job description",
      "mastodon-accounts.json|is a list of Mastodon accounts, not statuses",
      "bluesky-profile.json|is a Bluesky profile",
      "empty.json|is an empty file: no posts",
      "comments-only.xml|is an XML document without any element"})
  void detectionSaysWhatTheFileIs(String file, String says) {
    Path f = DIR.resolve(file);
    assertThatThrownBy(() -> REGISTRY.detect(SourceInput.of(f))).isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith(f + " " + says).hasMessageEndingWith(": no posts");
  }

  @Test
  void everySourceGivenTheFormatRefusesThemToo() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.sorted().toList();
    }
    for (Path f : files) {
      for (Source source : REGISTRY.all()) {
        GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
        assertThatThrownBy(() -> SourceReads.read(source, SourceInput.of(f), sink)).as("%s as %s", f, source.id())
            .isInstanceOf(UnreadableInputException.class).hasMessageEndingWith(": no posts");
        assertThat(sink.rejects).isEmpty();
      }
    }
  }

  /** No golden fixture of any source (all of them hold posts) is taken for a file without posts. */
  @Test
  void noFixtureWithPostsMatchesAShape() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> s = Files.walk(Path.of("src/test/resources/sources"))) {
      fixtures = s.filter(f -> Files.exists(Path.of(f + ".golden.json"))).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThan(20);
    for (Path f : fixtures) {
      assertThat(NoPostShapes.recognise(FileSniff.of(SourceInput.of(f)))).as(f.toString()).isEmpty();
    }
    assertThat(NoPostShapes.recognise(FileSniff.of("x.json", "[]".getBytes()))).as("an empty page: 0 posts")
        .isEmpty();
  }
}
