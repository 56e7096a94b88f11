package dev.chorus.post;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The canonical post, the same for every platform.
 *
 * @param id stable id, {@code platform:nativeId}
 * @param platform where it was published
 * @param nativeId the platform's own id
 * @param kind post, reply, quote, repost, comment or article
 * @param role collected (a result of the file) or referenced (context shipped along); collected when null
 * @param author the author (pseudonymised before it is stored)
 * @param createdAt creation time, UTC
 * @param editedAt time of the last edit, or null; a newer edit replaces an older copy in the store
 * @param title the headline of an article or Reddit submission, or null
 * @param text the post's own text (visible text for HTML sources); empty for a bare share
 * @param lang language as given by the platform (BCP 47 / ISO 639-1), or null
 * @param url permalink, or null
 * @param sharedPostId for a share: the stable id of the original post
 * @param replyToId stable id of the post replied to, or null
 * @param quotedId stable id of the quoted post, or null
 * @param hashtags hashtags without '#', in order of appearance, as written
 * @param mentions mentioned accounts (handles, pseudonymised before storage)
 * @param urls linked URLs, normalised (tracking parameters dropped)
 * @param media media references (URLs or file names)
 * @param engagement counts when the platform gives them
 * @param synthetic true when the post was generated (demo, benchmark, tests), never collected
 * @param provenance where the record came from
 * @param annotations labels of the analysis chain (empty until annotated)
 */
public record Post(
    String id,
    Platform platform,
    String nativeId,
    PostKind kind,
    PostRole role,
    Author author,
    Instant createdAt,
    Instant editedAt,
    String title,
    String text,
    String lang,
    String url,
    String sharedPostId,
    String replyToId,
    String quotedId,
    List<String> hashtags,
    List<String> mentions,
    List<String> urls,
    List<String> media,
    Engagement engagement,
    boolean synthetic,
    Provenance provenance,
    @com.fasterxml.jackson.annotation.JsonInclude(value = com.fasterxml.jackson.annotation.JsonInclude.Include.CUSTOM,
        valueFilter = Annotations.EmptyFilter.class)
    Annotations annotations) {

  public Post {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
    role = role == null ? PostRole.COLLECTED : role; // stored before roles existed: every post counted as collected
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    if (nativeId == null || nativeId.isBlank()) {
      throw new IllegalArgumentException("native id is blank");
    }
    id = id == null ? stableId(platform, nativeId) : id;
    text = text == null ? "" : text;
    hashtags = List.copyOf(hashtags == null ? List.of() : hashtags);
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
    urls = List.copyOf(urls == null ? List.of() : urls);
    media = List.copyOf(media == null ? List.of() : media);
    engagement = engagement == null ? Engagement.NONE : engagement;
    annotations = annotations == null ? Annotations.EMPTY : annotations;
  }

  /** The stable id of a post: platform id, a colon, the platform's native id. */
  public static String stableId(Platform platform, String nativeId) {
    return platform.id() + ":" + nativeId;
  }

  public boolean referenced() {
    return role == PostRole.REFERENCED;
  }

  /** The time that orders copies of this post: the last edit if any, else creation. */
  public Instant version() {
    return editedAt != null ? editedAt : createdAt;
  }

  /** The title (when there is one) and the text, a line apart: what models and rules read of a post. */
  public String titleAndText() {
    return title == null || title.isBlank() ? text : title + "\n" + text;
  }

  public static PostBuilder builder(Platform platform, String nativeId) {
    return new PostBuilder(platform, nativeId);
  }

  public PostBuilder toBuilder() {
    return PostBuilder.from(this);
  }

  /**
   * This post with other annotations: {@code toBuilder().annotations(a).build()} (the id derived again from platform
   * and native id, as the builder does) without copying the lists twice; the analysis chain does it for every post.
   */
  public Post withAnnotations(Annotations a) {
    return new Post(null, platform, nativeId, kind, role, author, createdAt, editedAt, title, text, lang, url,
        sharedPostId, replyToId, quotedId, hashtags, mentions, urls, media, engagement, synthetic, provenance, a);
  }
}
