package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.PostShare;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.PostStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On the demo sample (every bundled format, the analysis chain's labels), the embedded store's narrow read for
 * coordination ({@link PostStore#forEachShare}, from doc values) gives exactly the shares of reading every stored
 * post whole, in the same order, for every object kind and a few filters.
 */
class NarrowShareReadTest {
  private static final List<Map<String, List<String>>> FILTERS = List.of(Map.of(), Map.of("role", List.of("any")),
      Map.of("lang", List.of("fa", "en")), Map.of("platform", List.of("telegram", "mastodon", "bluesky")));

  @ParameterizedTest
  @EnumSource(ObjectKind.class)
  void theNarrowReadEqualsTheWholeRead(ObjectKind kind) throws Exception {
    DemoSample sample = DemoSample.get();
    try (PostStore store = sample.workspace.openStore(false)) {
      for (Map<String, List<String>> filter : FILTERS) {
        PostQuery q = PostQueryParser.parse(filter);
        List<PostShare> narrow = new ArrayList<>();
        long matching = store.forEachShare(q, kind, narrow::add);
        List<PostShare> whole = new ArrayList<>();
        PostShare.FromPosts fromPosts = new PostShare.FromPosts(kind, whole::add);
        store.forEach(q, fromPosts);
        assertThat(narrow).as("%s shares with %s", kind, filter).containsExactlyElementsOf(whole);
        assertThat(matching).as("%s posts with %s", kind, filter).isEqualTo(fromPosts.posts());
        if (filter.isEmpty()) {
          assertThat(whole).as("the sample shares %s", kind).isNotEmpty();
        }
      }
    }
  }
}
