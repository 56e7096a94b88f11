package dev.chorus.source.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Engagement;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonFields;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;

/** Maps App View feed items ({@code feedViewPost}) and {@code postView}s to posts. Stateless and thread-safe. */
final class BlueskyPostViewMapper {

  /** A feed item, a postView, or whatever else one element of a response holds. */
  void mapItem(long recordNumber, JsonNode item, RecordSink sink) {
    if (!item.isObject()) {
      throw new RecordRejectedException("not a feed item or postView object");
    }
    if (item.has("post")) {
      mapFeedItem(recordNumber, item, sink);
    } else if (item.has("uri") && item.has("record")) {
      mapPostView(recordNumber, item, sink, "");
    } else {
      throw RecordRejectedException.field("post", "missing (neither a feed item nor a postView)");
    }
  }

  /**
   * The item's post and, for a repost reason, the REPOST by {@code reason.by}: then the repost is what the feed lists
   * (collected) and the post its original (referenced). A post that cannot be mapped rejects the whole item: the
   * repost would point at nothing.
   */
  private void mapFeedItem(long recordNumber, JsonNode item, RecordSink sink) {
    JsonNode view = JsonFields.at(item, "post");
    if (view == null || !view.isObject()) {
      throw RecordRejectedException.field("post", "not a postView");
    }
    Post post = BlueskyRecordMapper.within("post", () -> toPost(view, "record"));
    JsonNode reason = JsonFields.at(item, "reason");
    String reasonType = reason == null ? null : JsonFields.text(reason, "$type");
    boolean reposted = reasonType != null && reasonType.endsWith("#reasonRepost");
    if (reposted) {
      sink.post(recordNumber, BlueskyRecordMapper.within("reason", () -> repost(reason, post)));
    }
    sink.post(recordNumber, reposted ? post.toBuilder().referenced().build() : post);
    emitQuoted(recordNumber, view, sink, "post/");
    emitReplyContext(recordNumber, item, sink);
  }

  /**
   * The parent and root of a reply, which the App View ships along ({@code reply.parent}, {@code reply.root}): posts of
   * their own, referenced (context for the reply, not results of the feed). Deleted or blocked ones
   * ({@code #notFoundPost}, {@code #blockedPost}) carry no post and are skipped; a broken one rejects only itself.
   */
  private void emitReplyContext(long recordNumber, JsonNode item, RecordSink sink) {
    for (String at : new String[] {"reply/parent", "reply/root"}) {
      JsonNode context = JsonFields.at(item, at);
      String type = context == null ? null : JsonFields.text(context, "$type");
      if (context == null || !context.isObject() || JsonFields.at(context, "record") == null
          || (type != null && !type.endsWith("#postView"))) {
        continue;
      }
      JsonInput.mapSafely(recordNumber, context, null, sink, (n, node, s) -> s.post(n,
          BlueskyRecordMapper.within(at, () -> toPost(node, "record").toBuilder().referenced().build())));
    }
  }

  private void mapPostView(long recordNumber, JsonNode view, RecordSink sink, String path) {
    sink.post(recordNumber, toPost(view, "record"));
    emitQuoted(recordNumber, view, sink, path);
  }

  /**
   * The quoted post the App View embedded ({@code #viewRecord}) is a post of its own, referenced; if broken, only it is
   * rejected.
   */
  private void emitQuoted(long recordNumber, JsonNode view, RecordSink sink, String path) {
    String type = JsonFields.text(view, "embed/$type");
    String at = "app.bsky.embed.record#view".equals(type) ? "embed/record"
        : "app.bsky.embed.recordWithMedia#view".equals(type) ? "embed/record/record" : null;
    JsonNode quoted = at == null ? null : JsonFields.at(view, at);
    if (quoted != null && "app.bsky.embed.record#viewRecord".equals(JsonFields.text(quoted, "$type"))
        && AtUri.POST.equals(JsonFields.text(quoted, "value/$type"))) {
      JsonInput.mapSafely(recordNumber, quoted, null, sink,
          (n, node, s) -> s.post(n, BlueskyRecordMapper.within(path + at,
              () -> toPost(node, "value").toBuilder().referenced().build())));
    }
  }

  /** A postView (record under {@code record}) or an embedded viewRecord (record under {@code value}). */
  private Post toPost(JsonNode view, String recordField) {
    String uriText = JsonFields.requireText(view, "uri");
    AtUri uri = AtUri.parse(uriText);
    if (uri == null || !uri.isPost()) {
      throw RecordRejectedException.field("uri", "not a post at:// uri: '" + JsonInput.excerpt(uriText) + "'");
    }
    Author author = BlueskyRecordMapper.within("author", () -> author(JsonFields.at(view, "author")));
    return BlueskyRecordMapper.map(uri, JsonFields.at(view, recordField), recordField, author)
        .engagement(new Engagement(JsonFields.number(view, "likeCount"), JsonFields.number(view, "repostCount"),
            JsonFields.number(view, "replyCount"), JsonFields.number(view, "quoteCount"), null))
        .build();
  }

  private Post repost(JsonNode reason, Post original) {
    Author by = BlueskyRecordMapper.within("by", () -> author(JsonFields.at(reason, "by")));
    AtUri repostUri = AtUri.parse(JsonFields.text(reason, "uri"));
    AtUri originalUri = AtUri.parse(original.nativeId());
    String nativeId = repostUri != null ? repostUri.toString()
        : by.id() + "/repost/" + originalUri.did() + "/" + originalUri.rkey();
    return Post.builder(Platform.BLUESKY, nativeId).kind(PostKind.REPOST).author(by)
        .createdAt(BlueskyRecordMapper.time(reason, "indexedAt", "")).text("").sharedPostId(original.id())
        .build();
  }

  /** A profileViewBasic: the DID is the account id; {@code handle.invalid} means the handle is unknown. */
  static Author author(JsonNode profile) {
    if (profile == null || !profile.isObject()) {
      throw RecordRejectedException.field("did", "missing");
    }
    String did = JsonFields.requireText(profile, "did");
    String handle = JsonFields.text(profile, "handle");
    return Author.of(did, "handle.invalid".equals(handle) ? null : handle, JsonFields.text(profile, "displayName"));
  }
}
