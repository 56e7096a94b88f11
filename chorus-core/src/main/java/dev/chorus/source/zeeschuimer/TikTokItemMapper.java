package dev.chorus.source.zeeschuimer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Engagement;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.xcommon.LegacyEntities;

/** Maps a TikTok web-client item struct (as Zeeschuimer captures it) to a post. */
final class TikTokItemMapper {

  void map(long record, JsonNode item, RecordSink sink) {
    String id = JsonFields.requireText(item, "id");
    Author author = author(item);
    PostBuilder post = Post.builder(Platform.TIKTOK, id)
        .author(author)
        .createdAt(JsonFields.requireTime(item, "createTime"))
        .text(JsonFields.text(item, "desc"))
        .lang(lang(JsonFields.text(item, "textLanguage")))
        .url(author.handle() == null ? null
            : "https://www.tiktok.com/@" + author.handle() + "/video/" + id)
        .engagement(engagement(item));
    for (JsonNode extra : LegacyEntities.iterable(item, "textExtra")) {
      post.addHashtag(JsonFields.text(extra, "hashtagName"));
      post.addMention(JsonFields.text(extra, "userUniqueId"));
    }
    // challenges are the hashtags TikTok recognised; mostly the same as textExtra, duplicates are dropped
    for (JsonNode challenge : LegacyEntities.iterable(item, "challenges")) {
      post.addHashtag(JsonFields.text(challenge, "title"));
    }
    post.addMedia(JsonFields.text(item, "video/cover"));
    // A duet shows another video beside the new one: the closest thing TikTok has to a quote.
    String duetOf = JsonFields.text(item, "duetInfo/duetFromId");
    if (duetOf != null && !duetOf.isBlank() && !duetOf.equals("0")) {
      post.kind(PostKind.QUOTE).quotedId(Post.stableId(Platform.TIKTOK, duetOf));
    }
    sink.post(record, post.build());
  }

  /** Captured API responses hold an author object; items embedded in the page name the author as a string. */
  private static Author author(JsonNode item) {
    JsonNode author = JsonFields.at(item, "author");
    if (author != null && author.isObject()) {
      String handle = JsonFields.text(author, "uniqueId");
      String id = JsonFields.text(author, "id");
      if ((id == null || id.isBlank()) && (handle == null || handle.isBlank())) {
        throw RecordRejectedException.field("author/id", "missing");
      }
      return Author.of(id != null && !id.isBlank() ? id : handle, handle, JsonFields.text(author, "nickname"));
    }
    String handle = author == null || author.isContainerNode() ? null : author.asText();
    String id = JsonFields.text(item, "authorId");
    if ((handle == null || handle.isBlank()) && (id == null || id.isBlank())) {
      throw RecordRejectedException.field("author", "missing");
    }
    return Author.of(id != null && !id.isBlank() ? id : handle, handle, JsonFields.text(item, "nickname"));
  }

  /** Newer items give counts as strings in statsV2, older ones as numbers in stats. */
  private static Engagement engagement(JsonNode item) {
    JsonNode stats = JsonFields.at(item, "stats");
    if (stats == null) {
      stats = JsonFields.at(item, "statsV2");
    }
    if (stats == null) {
      return Engagement.NONE;
    }
    return new Engagement(JsonFields.number(stats, "diggCount"), JsonFields.number(stats, "shareCount"),
        JsonFields.number(stats, "commentCount"), null, JsonFields.number(stats, "playCount"));
  }

  private static String lang(String raw) {
    return raw == null || raw.isBlank() || raw.equals("un") || raw.equals("und") ? null : raw;
  }
}
