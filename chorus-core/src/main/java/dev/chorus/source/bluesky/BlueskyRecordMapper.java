package dev.chorus.source.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonFields;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.text.UrlNormalizer;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Maps an {@code app.bsky.feed.post} record (text, createdAt, langs, facets, tags, reply, embed) to a post; shared by
 * the feed and the Jetstream source so that both agree on every field the record determines.
 */
final class BlueskyRecordMapper {
  private static final String IMAGE_URL = "https://cdn.bsky.app/img/feed_fullsize/plain/%s/%s@jpeg";
  private static final String VIDEO_URL = "https://video.bsky.app/watch/%s/%s/playlist.m3u8";

  private BlueskyRecordMapper() {}

  /**
   * A builder for the post record at {@code uri}, filled from the record. Rejects naming {@code path} (where the
   * record sits in the input) when it is no post record or has no valid {@code createdAt}.
   */
  static PostBuilder map(AtUri uri, JsonNode record, String path, Author author) {
    if (record == null || !record.isObject()) {
      throw RecordRejectedException.field(path, "missing");
    }
    String type = JsonFields.text(record, "$type");
    if (type != null && !AtUri.POST.equals(type)) {
      throw RecordRejectedException.field(path + "/$type", "not a post record: '" + type + "'");
    }
    String text = JsonFields.text(record, "text");
    PostBuilder b = Post.builder(Platform.BLUESKY, uri.toString()).author(author)
        .createdAt(time(record, "createdAt", path)).text(text == null ? "" : text)
        .url(permalink(author.handle() != null ? author.handle() : uri.did(), uri.rkey()));
    JsonNode langs = JsonFields.at(record, "langs");
    String lang = langs != null && langs.isArray() && langs.size() > 0 ? langs.get(0).asText(null) : null;
    b.lang(lang == null || lang.isBlank() || "und".equals(lang) ? null : lang);
    BlueskyFacets facets = BlueskyFacets.of(text, JsonFields.at(record, "facets"));
    facets.mentions().forEach(b::addMention);
    facets.hashtags().forEach(b::addHashtag);
    JsonNode tags = JsonFields.at(record, "tags");
    if (tags != null && tags.isArray()) {
      tags.forEach(t -> b.addHashtag(t.isTextual() ? t.asText().replaceFirst("^#", "") : null));
    }
    facets.links().forEach(b::addUrl);
    String parent = JsonFields.text(record, "reply/parent/uri");
    if (parent != null) {
      b.kind(PostKind.REPLY).replyToId(Post.stableId(Platform.BLUESKY, parent));
    }
    embed(JsonFields.at(record, "embed"), uri.did(), b, true);
    return b;
  }

  /** Quote (a post record embed) wins over reply; the reply target is kept. */
  private static void embed(JsonNode embed, String did, PostBuilder b, boolean mayHoldRecord) {
    String type = embed == null ? null : JsonFields.text(embed, "$type");
    if (type == null) {
      return;
    }
    switch (type) {
      case "app.bsky.embed.images" -> {
        JsonNode images = JsonFields.at(embed, "images");
        if (images != null && images.isArray()) {
          images.forEach(image -> b.addMedia(blobUrl(IMAGE_URL, did, JsonFields.at(image, "image"))));
        }
      }
      case "app.bsky.embed.video" -> b.addMedia(blobUrl(VIDEO_URL, did, JsonFields.at(embed, "video")));
      case "app.bsky.embed.external" -> {
        String uri = JsonFields.text(embed, "external/uri");
        b.addUrl(uri == null ? null : UrlNormalizer.normalize(uri));
      }
      case "app.bsky.embed.record" -> quote(JsonFields.text(embed, "record/uri"), b, mayHoldRecord);
      case "app.bsky.embed.recordWithMedia" -> {
        quote(JsonFields.text(embed, "record/record/uri"), b, mayHoldRecord);
        embed(JsonFields.at(embed, "media"), did, b, false);
      }
      default -> { } // unknown embed types carry nothing we map
    }
  }

  /** Only an embedded post is a quote; embedded lists, feeds or starter packs are not. */
  private static void quote(String uri, PostBuilder b, boolean allowed) {
    AtUri target = AtUri.parse(uri);
    if (allowed && target != null && target.isPost()) {
      b.kind(PostKind.QUOTE).quotedId(Post.stableId(Platform.BLUESKY, target.toString()));
    }
  }

  /** The App View URL of a blob: {@code ref.$link} in current records, {@code cid} in legacy ones. */
  private static String blobUrl(String pattern, String did, JsonNode blob) {
    String cid = JsonFields.text(blob, "ref/$link");
    cid = cid != null ? cid : JsonFields.text(blob, "cid");
    return cid == null || cid.isBlank() ? null : String.format(pattern, did, cid);
  }

  static String permalink(String actor, String rkey) {
    return "https://bsky.app/profile/" + actor + "/post/" + rkey;
  }

  /** A required timestamp, rejected as {@code path/field}. */
  static Instant time(JsonNode node, String field, String path) {
    String name = path.isEmpty() ? field : path + "/" + field;
    JsonNode v = JsonFields.at(node, field);
    if (v == null || v.asText().isBlank()) {
      throw RecordRejectedException.field(name, "missing");
    }
    Instant t = JsonFields.optionalTime(node, field);
    if (t == null) {
      throw RecordRejectedException.field(name, "not a date: '" + JsonInput.excerpt(v.asText()) + "'");
    }
    return t;
  }

  /** Runs {@code fn}, naming {@code path} in front of the field of any rejection it raises. */
  static <T> T within(String path, Supplier<T> fn) {
    try {
      return fn.get();
    } catch (RecordRejectedException e) {
      throw new RecordRejectedException(e.getMessage().replaceFirst("^field '", "field '" + path + "/"));
    }
  }
}
