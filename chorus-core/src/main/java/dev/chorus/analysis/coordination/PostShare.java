package dev.chorus.analysis.coordination;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What coordination reads of one post that shares objects of one kind: the one definition of the facts a share row
 * and its group statistics need, so that a store can keep them apart from the whole post (the embedded index keeps
 * them as doc values) and hand them over without loading and parsing the post.
 *
 * @param postId the post's id (the share's content id)
 * @param account the author's pseudonym
 * @param epochSecond when it was posted, whole seconds
 * @param lang the platform's language, else the detected one, else null
 * @param stances its {@code stance:*} labels as {@code target:value}, in the order of its labels
 * @param frames its frame labels, in order
 * @param cohorts its cohorts (the {@code cohort} dimension's values), in order
 * @param objects what it shares as one kind ({@link SharedObjects#of}), each once, in the post's order; never empty
 */
public record PostShare(String postId, String account, long epochSecond, String lang, List<String> stances,
    List<String> frames, List<String> cohorts, List<String> objects) {
  private static final Dimension COHORT = Dimensions.find("cohort").orElse(null);

  /** The share of {@code post} as {@code kind}, or null when it shares nothing of that kind. */
  public static PostShare of(ObjectKind kind, Post post) {
    Set<String> objects = SharedObjects.of(kind, post);
    return objects.isEmpty() ? null : of(post, List.copyOf(objects));
  }

  /** The facts of {@code post} with the given objects (a store that computes objects per kind once). */
  public static PostShare of(Post post, List<String> objects) {
    List<String> stances = new ArrayList<>();
    post.annotations().labels().forEach((key, labels) -> {
      if (key.startsWith("stance:")) {
        labels.forEach(l -> stances.add(key.substring(7) + ":" + l.value()));
      }
    });
    List<String> frames = values(post.annotations().all("frame"));
    Label detected = post.annotations().first("lang");
    String lang = post.lang() != null ? post.lang() : detected == null ? null : detected.value();
    List<String> cohorts = COHORT == null ? List.of() : List.copyOf(COHORT.values(post));
    return new PostShare(post.id(), post.author().id(), post.createdAt().getEpochSecond(), lang,
        List.copyOf(stances), frames, cohorts, objects);
  }

  /** The labels' values, in order (a loop, not a stream: this runs for every post stored). */
  private static List<String> values(List<Label> labels) {
    if (labels.isEmpty()) {
      return List.of();
    }
    String[] out = new String[labels.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels.get(i).value();
    }
    return List.of(out);
  }

  /**
   * Hands the shares of whole posts on, counting the posts: how a store that keeps no shares apart, or a list of posts,
   * feeds the analysis.
   */
  public static final class FromPosts implements Consumer<Post> {
    private final ObjectKind kind;
    private final Consumer<PostShare> consumer;
    private long posts;

    public FromPosts(ObjectKind kind, Consumer<PostShare> consumer) {
      this.kind = kind;
      this.consumer = consumer;
    }

    @Override
    public void accept(Post post) {
      posts++;
      PostShare share = of(kind, post);
      if (share != null) {
        consumer.accept(share);
      }
    }

    /** The posts seen, sharing or not. */
    public long posts() {
      return posts;
    }
  }
}
