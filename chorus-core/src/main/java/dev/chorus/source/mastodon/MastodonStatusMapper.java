package dev.chorus.source.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Engagement;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonFields;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.text.UrlNormalizer;
import java.util.function.Supplier;

/** Maps one Mastodon Status entity (with its boosted or quoted status) to posts. Stateless and thread-safe. */
final class MastodonStatusMapper {

  /**
   * A boost emits the REPOST (collected) and the boosted original (referenced); a quote emits the quoting post and,
   * when the server embedded it, the quoted status (referenced). A malformed boosted original rejects the whole
   * record (the boost is meaningless without it); a malformed quoted copy is rejected on its own, the quoting post is
   * kept.
   */
  void mapRecord(long recordNumber, JsonNode status, RecordSink sink) {
    if (!status.isObject()) {
      throw new RecordRejectedException("not a Status object");
    }
    JsonNode reblog = JsonFields.at(status, "reblog");
    JsonNode shown = status;
    if (reblog != null && reblog.isObject()) {
      Post original = within("reblog", () -> toPost(reblog)).toBuilder().referenced().build();
      Post boost = toBoost(status, original);
      sink.post(recordNumber, boost);
      sink.post(recordNumber, original);
      shown = reblog;
    } else {
      sink.post(recordNumber, toPost(status));
    }
    JsonNode quoted = JsonFields.at(shown, "quote/quoted_status");
    if (quoted != null && quoted.isObject()) {
      JsonInput.mapSafely(recordNumber, quoted, null, sink,
          (n, node, s) -> s.post(n, within("quote/quoted_status", () -> toPost(node)).toBuilder().referenced()
              .build()));
    }
  }

  private Post toBoost(JsonNode status, Post original) {
    PostBuilder b = base(status).kind(PostKind.REPOST).sharedPostId(original.id()).text("");
    // A boost has no page of its own; its counts are the original's business.
    return b.url(JsonFields.text(status, "url")).build();
  }

  private Post toPost(JsonNode status) {
    PostBuilder b = base(status);
    String host = MastodonIds.originHost(status);
    MastodonContent content = MastodonContent.parse(JsonFields.text(status, "content"));
    String spoiler = JsonFields.text(status, "spoiler_text");
    b.text(content.text()).title(spoiler == null || spoiler.isBlank() ? null : spoiler.strip());
    String lang = JsonFields.text(status, "language");
    b.lang(lang == null || lang.isBlank() || "und".equals(lang) || "zxx".equals(lang) ? null : lang);
    String url = JsonFields.text(status, "url");
    b.url(url != null ? url : JsonFields.text(status, "uri"));
    b.editedAt(JsonFields.optionalTime(status, "edited_at"));
    for (JsonNode tag : array(status, "tags")) {
      b.addHashtag(JsonFields.text(tag, "name"));
    }
    for (JsonNode mention : array(status, "mentions")) {
      if (JsonFields.text(mention, "acct") != null) {
        b.addMention(MastodonIds.account(mention, host));
      }
    }
    for (JsonNode media : array(status, "media_attachments")) {
      String mediaUrl = JsonFields.text(media, "url");
      b.addMedia(mediaUrl != null ? mediaUrl : JsonFields.text(media, "remote_url"));
    }
    content.links().forEach(b::addUrl);
    String card = JsonFields.text(status, "card/url");
    if (card != null) {
      b.addUrl(UrlNormalizer.normalize(card));
    }
    b.engagement(new Engagement(JsonFields.number(status, "favourites_count"),
        JsonFields.number(status, "reblogs_count"), JsonFields.number(status, "replies_count"),
        JsonFields.number(status, "quotes_count"), null));
    kindAndTargets(status, b);
    return b.build();
  }

  /** What every status has: identity, author and creation time. */
  private PostBuilder base(JsonNode status) {
    String nativeId = MastodonIds.statusId(status);
    JsonNode account = JsonFields.at(status, "account");
    if (account == null || !account.isObject()) {
      throw RecordRejectedException.field("account", "missing");
    }
    String accountId = within("account", () -> MastodonIds.account(account, MastodonIds.originHost(status)));
    Author author = Author.of(accountId, accountId, JsonFields.text(account, "display_name"));
    return Post.builder(Platform.MASTODON, nativeId).author(author)
        .createdAt(JsonFields.requireTime(status, "created_at"));
  }

  /** A quote is the more specific signal than a reply, so a quoting reply is a QUOTE that keeps its replyToId. */
  private void kindAndTargets(JsonNode status, PostBuilder b) {
    String inReplyTo = JsonFields.text(status, "in_reply_to_id");
    if (inReplyTo != null) {
      b.kind(PostKind.REPLY).replyToId(localTarget(status, inReplyTo,
          JsonFields.text(status, "in_reply_to_account_id")));
    }
    JsonNode quote = JsonFields.at(status, "quote");
    if (quote != null && quote.isObject()) {
      b.kind(PostKind.QUOTE);
      JsonNode quoted = JsonFields.at(quote, "quoted_status");
      if (quoted != null && quoted.isObject()) {
        try {
          b.quotedId(Post.stableId(Platform.MASTODON, MastodonIds.statusId(quoted)));
        } catch (RecordRejectedException e) {
          // the quoted copy is rejected on its own in mapRecord; the quoting post stays, without target
        }
      }
      // a ShallowQuote's quoted_status_id names the status only on the answering server, its author unknown: no id
    }
  }

  /**
   * The stable id of a status that this record names by the answering server's id. That id is also the origin id
   * only when both this status and the target's author are local to the answering server.
   */
  private static String localTarget(JsonNode status, String targetId, String targetAccountId) {
    JsonNode account = JsonFields.at(status, "account");
    String host = MastodonIds.originHost(status);
    if (host == null || !MastodonIds.isLocal(account) || targetAccountId == null) {
      return null;
    }
    boolean targetLocal = targetAccountId.equals(JsonFields.text(account, "id"));
    for (JsonNode mention : array(status, "mentions")) {
      if (targetAccountId.equals(JsonFields.text(mention, "id"))) {
        targetLocal = MastodonIds.isLocal(mention);
      }
    }
    return targetLocal ? Post.stableId(Platform.MASTODON, host + "/" + targetId) : null;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode v = JsonFields.at(node, field);
    return v != null && v.isArray() ? v : java.util.List.of();
  }

  /** Runs {@code fn}, naming {@code path} in front of the field of any rejection it raises. */
  private static <T> T within(String path, Supplier<T> fn) {
    try {
      return fn.get();
    } catch (RecordRejectedException e) {
      throw new RecordRejectedException(e.getMessage().replaceFirst("^field '", "field '" + path + "/"));
    }
  }
}
