package dev.chorus.store;

import dev.chorus.post.Post;
import java.util.List;

/**
 * One page of search results: how many matched in all, the page's posts, and where the next page starts (null when
 * this page is the last).
 */
public record SearchPage(long total, List<Post> posts, SearchCursor next) {
  public SearchPage {
    posts = List.copyOf(posts);
  }

  public SearchPage(long total, List<Post> posts) {
    this(total, posts, null);
  }
}
