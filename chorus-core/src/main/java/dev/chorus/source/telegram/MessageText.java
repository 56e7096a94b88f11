package dev.chorus.source.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.text.TextEntities;
import dev.chorus.text.UrlNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The visible text of a message and the entities Telegram marked in it.
 *
 * <p>The export writes the text either as a plain string (when it has no entities) or as an array of strings and
 * {@code {"type", "text", ...}} parts; newer exports add {@code text_entities}, the same parts always as objects. The
 * visible text is the concatenation of the parts. Hashtags, mentions and links come from the parts' types, which are
 * Telegram's own parsing, so Persian hashtags with ZWNJ are taken as Telegram saw them. A plain string is scanned
 * with {@link TextEntities}, for files written by other tools that drop the entities.
 *
 * @param text visible text
 * @param hashtags hashtags without '#'
 * @param mentions {@code @username} mentions without '@', and {@code mention_name} parts (users without a username)
 *     as {@code user<id>}, the form of {@code from_id}, so that both meet the same account
 * @param urls {@code link} texts and {@code text_link} targets, normalised
 */
record MessageText(String text, List<String> hashtags, List<String> mentions, List<String> urls) {
  static MessageText of(JsonNode message) {
    JsonNode parts = message.get("text_entities");
    if (parts == null || !parts.isArray() || parts.isEmpty()) {
      parts = message.get("text");
    }
    if (parts == null || parts.isNull()) {
      return new MessageText("", List.of(), List.of(), List.of());
    }
    if (parts.isTextual()) {
      String t = parts.asText();
      return new MessageText(t, TextEntities.hashtags(t), TextEntities.mentions(t), TextEntities.urls(t));
    }
    if (!parts.isArray()) {
      throw RecordRejectedException.field("text", "neither a string nor an array of text parts");
    }
    return fromParts(parts);
  }

  private static MessageText fromParts(JsonNode parts) {
    StringBuilder text = new StringBuilder();
    List<String> hashtags = new ArrayList<>();
    List<String> mentions = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (JsonNode part : parts) {
      if (part.isTextual()) {
        text.append(part.asText());
        continue;
      }
      String t = part.path("text").isValueNode() ? part.path("text").asText("") : "";
      text.append(t);
      switch (part.path("type").asText("")) {
        case "hashtag" -> addDistinct(hashtags, stripLeading(t, "#＃"));
        case "mention" -> addDistinct(mentions, stripLeading(t, "@"));
        case "mention_name" -> {
          String userId = JsonFields.text(part, "user_id");
          addDistinct(mentions, userId == null || userId.isBlank() ? null : "user" + userId.trim());
        }
        case "link" -> addDistinct(urls, url(t));
        case "text_link" -> addDistinct(urls, url(JsonFields.text(part, "href")));
        default -> {
          // formatting (bold, italic, code, ...), emails, phones, bot commands, custom emoji: text only
        }
      }
    }
    return new MessageText(text.toString(), hashtags, mentions, urls);
  }

  /** Telegram links the bare {@code example.com/x} too; such a link text has no scheme. */
  private static String url(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    return UrlNormalizer.normalize(s.contains("://") || s.startsWith("tg:") ? s : "https://" + s);
  }

  private static String stripLeading(String s, String chars) {
    String t = s.strip();
    while (!t.isEmpty() && chars.indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1);
    }
    return t;
  }

  private static void addDistinct(List<String> list, String v) {
    if (v != null && !v.isBlank() && !list.contains(v)) {
      list.add(v);
    }
  }
}
