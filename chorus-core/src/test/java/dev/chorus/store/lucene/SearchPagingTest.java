package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.SearchCursor;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.SearchPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paging through search results with the cursor of each page: every post once, in order, stable under ingest. */
class SearchPagingTest {
  @TempDir Path dir;

  /** 40 posts, several created at the same second (ties broken by content hash). */
  private static void fill(LucenePostStore store, int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      store.upsert(LucenePostStoreTest.post("p" + i, "en", "talks round " + i + (i % 3 == 0 ? " talks" : ""),
          LucenePostStoreTest.T.plusSeconds(i / 3), null));
    }
    store.commit();
  }

  private static List<String> ids(List<Post> posts) {
    return posts.stream().map(Post::id).toList();
  }

  private static List<String> pageThrough(LucenePostStore store, SearchOrder order, int limit, Runnable between)
      throws Exception {
    List<String> seen = new ArrayList<>();
    SearchCursor after = null;
    do {
      SearchPage page = store.search(PostQuery.text("talks"), limit, order, after);
      seen.addAll(ids(page.posts()));
      after = page.next() == null ? null : SearchCursor.decode(page.next().encode(), order);
      between.run();
    } while (after != null);
    return seen;
  }

  @Test
  void pagesInBothOrdersGiveTheFirstPageOfAllInTheSameOrder() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      fill(store, 0, 40);
      for (SearchOrder order : SearchOrder.values()) {
        List<String> all = ids(store.search(PostQuery.text("talks"), 100, order).posts());
        assertThat(all).hasSize(40);
        assertThat(pageThrough(store, order, 7, () -> { })).as(order.name()).isEqualTo(all);
      }
    }
  }

  @Test
  void newerPostsIngestedBetweenPagesNeitherRepeatNorShiftTheLaterPages() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      fill(store, 0, 40);
      List<String> before = ids(store.search(PostQuery.text("talks"), 100, SearchOrder.NEWEST).posts());
      int[] added = {100};
      List<String> paged = pageThrough(store, SearchOrder.NEWEST, 9, () -> {
        try {
          fill(store, added[0], added[0] + 3); // newer than every post already there
          added[0] += 3;
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
      assertThat(paged).isEqualTo(before);
    }
  }

  @Test
  void aCursorOfTheOtherOrderOrNotACursorIsRefusedInWords() {
    String newest = new SearchCursor(SearchOrder.NEWEST, 0, 5, 7).encode();
    assertThatThrownBy(() -> SearchCursor.decode(newest, SearchOrder.RELEVANCE))
        .hasMessageContaining("sorted by newest").hasMessageContaining("this search sorts by relevance");
    assertThatThrownBy(() -> SearchCursor.decode("page-2", SearchOrder.NEWEST))
        .hasMessage("expected the 'next' value of an earlier search's answer, found 'page-2'");
    assertThat(SearchCursor.decode(newest, SearchOrder.NEWEST)).isEqualTo(new SearchCursor(SearchOrder.NEWEST, 0, 5,
        7));
  }
}
