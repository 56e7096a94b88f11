package dev.chorus.source.csv;

import static dev.chorus.source.csv.GenericField.*;

import dev.chorus.post.Author;
import dev.chorus.post.Engagement;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.text.TextEntities;
import dev.chorus.text.Timestamps;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one generic record (a CSV row, a JSON object) into a post. Shared by the {@code csv} and {@code ndjson}
 * sources so that both accept the same fields with the same meaning. Immutable and thread-safe.
 */
public final class GenericRecordMapper {
  /** The record's value of a field as text, or null when the record does not have it. */
  @FunctionalInterface
  public interface FieldValues {
    String get(GenericField field);
  }

  /** Kind names that people write in their own exports, beyond the canonical ones. */
  private static final Map<String, PostKind> KIND_SYNONYMS = Map.of("retweet", PostKind.REPOST, "share",
      PostKind.REPOST, "boost", PostKind.REPOST, "forward", PostKind.REPOST, "tweet", PostKind.POST, "status",
      PostKind.POST);

  private final GenericMapping mapping;

  public GenericRecordMapper(GenericMapping mapping) {
    this.mapping = mapping;
  }

  public GenericMapping mapping() {
    return mapping;
  }

  /** Maps a record; throws {@link RecordRejectedException} naming the column or path of a missing or bad value. */
  public Post map(FieldValues record) {
    FieldValues v = field -> blankToNull(record.get(field));
    String nativeId = require(v, ID);
    Platform platform = v.get(PLATFORM) == null ? mapping.defaultPlatform() : Platform.fromId(v.get(PLATFORM));
    String handle = v.get(AUTHOR_HANDLE) == null ? null : v.get(AUTHOR_HANDLE).replaceFirst("^@", "");
    String authorId = v.get(AUTHOR) != null ? v.get(AUTHOR) : handle;
    if (authorId == null) {
      throw RecordRejectedException.field(mapping.name(AUTHOR), "missing");
    }
    String text = record.get(TEXT) == null ? "" : record.get(TEXT);
    PostBuilder b = Post.builder(platform, nativeId)
        .author(Author.of(authorId, handle, v.get(AUTHOR_NAME)))
        .createdAt(time(v))
        .text(text)
        .title(v.get(TITLE))
        .lang(language(v.get(LANG)))
        .url(v.get(URL))
        .replyToId(ref(platform, v.get(REPLY_TO)))
        .sharedPostId(ref(platform, v.get(SHARED_ID)))
        .quotedId(ref(platform, v.get(QUOTED_ID)))
        .hashtags(TextEntities.hashtags(text))
        .mentions(TextEntities.mentions(text))
        .urls(TextEntities.urls(text))
        .engagement(new Engagement(count(v, LIKES), count(v, SHARES), count(v, REPLIES), null, count(v, VIEWS)))
        .synthetic(flag(v, SYNTHETIC));
    if (v.get(HASHTAGS) != null) {
      for (String tag : v.get(HASHTAGS).split("[\\s,]+")) {
        b.addHashtag(tag.replaceFirst("^[#＃]", ""));
      }
    }
    b.kind(kind(v));
    return b.build();
  }

  private String require(FieldValues v, GenericField field) {
    String value = v.get(field);
    if (value == null) {
      throw RecordRejectedException.field(mapping.name(field), "missing");
    }
    return value;
  }

  private Instant time(FieldValues v) {
    String s = require(v, CREATED_AT);
    Instant t = Timestamps.parse(s);
    if (t != null && s.matches("\\d{12,15}")) {
      // Timestamps converts epoch milliseconds through a double, which turns .123 into .122999907; stay exact.
      t = Instant.ofEpochMilli(Long.parseLong(s));
    }
    if (t == null) {
      throw RecordRejectedException.field(mapping.name(CREATED_AT),
          "not a date: '" + JsonInput.excerpt(v.get(CREATED_AT)) + "'");
    }
    return t;
  }

  /** An explicit kind wins; otherwise the references say what the record is. */
  private PostKind kind(FieldValues v) {
    String k = v.get(KIND);
    if (k != null) {
      String key = k.strip().toLowerCase(Locale.ROOT);
      if (KIND_SYNONYMS.containsKey(key)) {
        return KIND_SYNONYMS.get(key);
      }
      try {
        return PostKind.fromId(key);
      } catch (IllegalArgumentException e) {
        throw RecordRejectedException.field(mapping.name(KIND), "unknown kind '" + JsonInput.excerpt(k) + "'");
      }
    }
    if (v.get(SHARED_ID) != null) {
      return PostKind.REPOST;
    }
    if (v.get(REPLY_TO) != null) {
      return PostKind.REPLY;
    }
    return v.get(QUOTED_ID) != null ? PostKind.QUOTE : PostKind.POST;
  }

  /** References are native ids on the record's own platform. */
  private static String ref(Platform platform, String nativeId) {
    return nativeId == null ? null : Post.stableId(platform, nativeId);
  }

  private static String language(String lang) {
    return lang == null || lang.equalsIgnoreCase("und") || lang.equalsIgnoreCase("zxx") ? null : lang;
  }

  /** Counts may carry thousands separators ("1,234"); anything else that is not a whole number is refused. */
  private Long count(FieldValues v, GenericField field) {
    String s = v.get(field);
    if (s == null) {
      return null;
    }
    try {
      long n = Long.parseLong(s.replaceAll("[,_\\s]", ""));
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw RecordRejectedException.field(mapping.name(field), "not a count: '" + JsonInput.excerpt(s) + "'");
  }

  private boolean flag(FieldValues v, GenericField field) {
    String s = v.get(field);
    if (s == null) {
      return false;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1":
        return true;
      case "false", "no", "0":
        return false;
      default:
        throw RecordRejectedException.field(mapping.name(field), "not true/false: '" + JsonInput.excerpt(s) + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
