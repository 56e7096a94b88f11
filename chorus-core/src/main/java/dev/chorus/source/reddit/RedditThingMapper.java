package dev.chorus.source.reddit;

import static dev.chorus.source.JsonFields.at;
import static dev.chorus.source.JsonFields.number;
import static dev.chorus.source.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Engagement;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.text.Timestamps;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Maps one Reddit comment ({@code t1}) or submission ({@code t3}) object, as dumps and the API give it, to posts. */
final class RedditThingMapper {
  static final String REDDIT = "https://www.reddit.com";
  private static final Pattern FULLNAME = Pattern.compile("t[13]_[a-z0-9]+");
  private static final Pattern PREFIX = Pattern.compile("^t\\d_");

  /**
   * Maps a record; {@code kind} is the API wrapper's {@code "t1"}/{@code "t3"}, or null for a bare dump object whose
   * kind is told by its fields. A crosspost that embeds its original emits the original too, as referenced.
   */
  void map(String kind, JsonNode d, Consumer<Post> out) {
    if (!d.isObject()) {
      throw new RecordRejectedException("not a JSON object");
    }
    boolean comment = kind == null ? d.has("body") && (d.has("link_id") || d.has("parent_id")) : "t1".equals(kind);
    boolean submission = kind == null ? !comment && d.has("title") : "t3".equals(kind);
    if (comment) {
      out.accept(comment(d));
    } else if (submission) {
      submission(d, out);
    } else {
      throw RecordRejectedException.field("body", "missing: neither a comment (body, link_id, parent_id) "
          + "nor a submission (title)");
    }
  }

  private Post comment(JsonNode d) {
    String nativeId = "t1_" + bareId(d);
    String parent = text(d, "parent_id") != null ? "parent_id" : "link_id";
    PostBuilder b = common(d, nativeId).kind(PostKind.COMMENT)
        .replyToId(Post.stableId(Platform.REDDIT, fullname(d, parent)));
    String body = RedditMarkdown.unescapeHtml(text(d, "body"));
    withText(b, body);
    String link = text(d, "link_id");
    String derived = link == null ? null
        : derivedPermalink(d, "/comments/" + PREFIX.matcher(link).replaceFirst("") + "/comment/" + bareId(d) + "/");
    b.url(permalink(d, derived));
    b.engagement(new Engagement(number(d, "score"), null, null, null, null));
    return b.build();
  }

  private void submission(JsonNode d, Consumer<Post> out) {
    String nativeId = "t3_" + bareId(d);
    PostBuilder b = common(d, nativeId).kind(PostKind.POST).title(RedditMarkdown.unescapeHtml(text(d, "title")));
    withText(b, RedditMarkdown.unescapeHtml(text(d, "selftext")));
    String url = permalink(d, derivedPermalink(d, "/comments/" + bareId(d) + "/"));
    b.url(url);
    String crosspostOf = text(d, "crosspost_parent");
    if (crosspostOf != null) {
      b.kind(PostKind.REPOST).sharedPostId(Post.stableId(Platform.REDDIT, fullname(d, "crosspost_parent")));
    }
    RedditSubmissionLinks.apply(d, url, crosspostOf != null, b);
    b.engagement(new Engagement(number(d, "score"), number(d, "num_crossposts"), number(d, "num_comments"),
        null, null));
    out.accept(b.build());
    JsonNode originals = at(d, "crosspost_parent_list");
    if (originals != null && originals.isArray()) {
      for (JsonNode original : originals) {
        submission(original, p -> out.accept(p.toBuilder().referenced().build())); // context of the crosspost
      }
    }
  }

  private static PostBuilder common(JsonNode d, String nativeId) {
    return Post.builder(Platform.REDDIT, nativeId)
        .author(author(d, nativeId))
        .createdAt(JsonFields.requireTime(d, "created_utc"))
        .editedAt(edited(d));
  }

  private static void withText(PostBuilder b, String markdown) {
    if (markdown == null || RedditMarkdown.isRemovedPlaceholder(markdown.strip())) {
      return; // a removed text stays empty; the record still documents activity
    }
    b.text(markdown)
        .urls(RedditMarkdown.urls(markdown))
        .mentions(RedditMarkdown.mentions(markdown))
        .hashtags(RedditMarkdown.hashtags(markdown));
  }

  static Author author(JsonNode d, String nativeId) {
    String name = text(d, "author");
    if (name == null || name.isBlank()) {
      throw RecordRejectedException.field("author", "missing");
    }
    if (name.equals("[deleted]")) {
      return Author.of("[deleted]:" + nativeId, null, null);
    }
    String fullname = text(d, "author_fullname");
    return Author.of(fullname == null || fullname.isBlank() ? name : fullname, name, null);
  }

  /** {@code edited} is false, or the epoch seconds of the last edit (very old records: plain true, no time). */
  private static Instant edited(JsonNode d) {
    JsonNode e = at(d, "edited");
    if (e == null || e.isBoolean()) {
      return null;
    }
    Instant t = e.isNumber() ? Timestamps.fromEpochNumber(e.asDouble()) : Timestamps.parse(e.asText());
    return t == null || t.getEpochSecond() == 0 ? null : t;
  }

  /** The record's id without its type prefix ({@code id}, or {@code name} = fullname in API objects). */
  private static String bareId(JsonNode d) {
    String id = text(d, "id");
    if (id == null || id.isBlank()) {
      id = JsonFields.requireText(d, "name");
    }
    return PREFIX.matcher(id.strip()).replaceFirst("");
  }

  private static String fullname(JsonNode d, String field) {
    String v = JsonFields.requireText(d, field).strip();
    if (!FULLNAME.matcher(v).matches()) {
      throw RecordRejectedException.field(field, "not a t1_/t3_ fullname: '" + v + "'");
    }
    return v;
  }

  private static String permalink(JsonNode d, String fallback) {
    String p = text(d, "permalink");
    if (p == null || p.isBlank()) {
      return fallback;
    }
    return p.startsWith("/") ? REDDIT + p : p;
  }

  private static String derivedPermalink(JsonNode d, String rest) {
    String sub = text(d, "subreddit");
    return sub == null || sub.isBlank() ? null : REDDIT + "/r/" + sub + rest;
  }
}
