package dev.chorus.store;

import dev.chorus.post.Post;
import java.util.List;

/** One page of search results: how many matched in all, and the first posts. */
public record SearchPage(long total, List<Post> posts) {
  public SearchPage {
    posts = List.copyOf(posts);
  }
}
