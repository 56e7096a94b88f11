package dev.chorus.analysis.coordination;

import dev.chorus.analysis.coordination.textsimilarity.CopypastaText;
import dev.chorus.post.Post;
import dev.chorus.text.UrlNormalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a post shares as objects of one kind: the one definition of "the same object" for the batch analysis
 * ({@link PostShares}) and the stream job's coordination operator, so both see the same share table.
 */
public final class SharedObjects {
  /** Shorter normalised texts are not copypasta candidates. */
  public static final int MIN_TEXT_CHARS = 20;

  private SharedObjects() {}

  /**
   * The objects {@code post} shares as {@code kind}, each once, in the post's order: normalised URLs, lower-cased
   * hashtags with their {@code #}, the reposted post's id; for {@link ObjectKind#TEXT} the normalised text (at most
   * one; which texts are "the same" is decided later, by clustering).
   */
  public static Set<String> of(ObjectKind kind, Post post) {
    Set<String> out = new LinkedHashSet<>();
    switch (kind) {
      case URL -> post.urls().forEach(u -> out.add(UrlNormalizer.normalize(u)));
      case HASHTAG -> post.hashtags().forEach(h -> out.add("#" + h.toLowerCase(Locale.ROOT)));
      case REPOST -> {
        if (post.sharedPostId() != null) {
          out.add(post.sharedPostId());
        }
      }
      case TEXT -> {
        String base = post.annotations().normalizedText() != null ? post.annotations().normalizedText() : post.text();
        String normalized = CopypastaText.normalize(base);
        if (normalized.length() >= MIN_TEXT_CHARS) {
          out.add(normalized);
        }
      }
    }
    return out;
  }
}
