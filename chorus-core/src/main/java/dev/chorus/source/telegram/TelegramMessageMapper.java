package dev.chorus.source.telegram;

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
import dev.chorus.text.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Maps one message of a Telegram Desktop export to a post. Stateless and thread-safe. */
final class TelegramMessageMapper {

  /** Emits the post of {@code message}, nothing for a service message; throws when the message cannot be a post. */
  void map(long recordNumber, JsonNode message, ChatHeader chat, RecordSink sink) {
    if (message == null || !message.isObject()) {
      throw new RecordRejectedException("message is not a JSON object");
    }
    String type = JsonFields.text(message, "type");
    if ("service".equals(type)) {
      return; // joins, pins, calls, title changes: events in the chat, not posts
    }
    if (type != null && !"message".equals(type)) {
      throw RecordRejectedException.field("type", "'" + JsonInput.excerpt(type) + "' is not a message"
          + ("unsupported".equals(type) ? " (the export holds no content for it)" : ""));
    }
    if (chat.id() == null) {
      throw RecordRejectedException.field("id", "the chat has no \"id\" before its \"messages\"");
    }
    MessageText text = MessageText.of(message);
    PostBuilder post = Post.builder(Platform.TELEGRAM, chat.id() + "/" + messageId(message))
        .author(author(message, chat))
        .createdAt(time(message, "date_unixtime", "date", true))
        .editedAt(time(message, "edited_unixtime", "edited", false))
        .text(text.text())
        .hashtags(text.hashtags())
        .mentions(text.mentions())
        .urls(text.urls())
        .media(media(message))
        .engagement(reactions(message));
    Long replyTo = JsonFields.number(message, "reply_to_message_id");
    if (replyTo != null) {
      String peer = PeerIds.bare(JsonFields.text(message, "reply_to_peer_id"));
      post.kind(PostKind.REPLY)
          .replyToId(Post.stableId(Platform.TELEGRAM, (peer != null ? peer : chat.id()) + "/" + replyTo));
    }
    ForwardOrigin forward = ForwardOrigin.of(message, text.text());
    if (forward != null) {
      // A forward carries the original's text unchanged; it is kept because the export has no other copy of it.
      post.kind(PostKind.REPOST).sharedPostId(forward.sharedPostId()).addMention(forward.accountId());
    }
    sink.post(recordNumber, post.build());
  }

  private static String messageId(JsonNode message) {
    String id = JsonFields.requireText(message, "id").strip();
    if (!id.matches("-?\\d{1,20}")) {
      throw RecordRejectedException.field("id", "not a message id: '" + JsonInput.excerpt(id) + "'");
    }
    return id;
  }

  /** The sender; a channel post without one (older exports) belongs to the channel itself. */
  private static Author author(JsonNode message, ChatHeader chat) {
    String fromId = JsonFields.text(message, "from_id");
    if (fromId != null && !fromId.isBlank()) {
      return Author.of(fromId.strip(), null, JsonFields.text(message, "from"));
    }
    if (chat.isChannel()) {
      return Author.of("channel" + chat.id(), null, chat.name());
    }
    throw RecordRejectedException.field("from_id", "missing");
  }

  /**
   * The {@code *_unixtime} field (epoch seconds, UTC) when present, else the local-time field of older exports, which
   * has no zone and is read as UTC (the exporting computer's zone is unknown).
   */
  private static Instant time(JsonNode message, String unixField, String localField, boolean required) {
    String unix = JsonFields.text(message, unixField);
    if (unix != null) {
      String s = unix.strip();
      if (!s.matches("\\d{1,11}")) {
        throw RecordRejectedException.field(unixField, "not a date: '" + JsonInput.excerpt(unix) + "'");
      }
      return Instant.ofEpochSecond(Long.parseLong(s));
    }
    String local = JsonFields.text(message, localField);
    if (local == null) {
      if (required) {
        throw RecordRejectedException.field(localField, "missing");
      }
      return null;
    }
    Instant t = Timestamps.parse(local);
    if (t == null) {
      throw RecordRejectedException.field(localField, "not a date: '" + JsonInput.excerpt(local) + "'");
    }
    return t;
  }

  /**
   * Exported files as paths relative to the export folder. A file the export skipped is written as a note in
   * parentheses ("(File not included. ...)"), which is no reference and is left out; a video's thumbnail is kept only
   * when the video itself was skipped.
   */
  private static List<String> media(JsonNode message) {
    List<String> out = new ArrayList<>();
    addExported(out, message, "photo");
    if (!addExported(out, message, "file")) {
      addExported(out, message, "thumbnail");
    }
    return out;
  }

  private static boolean addExported(List<String> out, JsonNode message, String field) {
    String path = JsonFields.text(message, field);
    if (path == null || path.isBlank() || path.strip().startsWith("(")) {
      return false;
    }
    out.add(path.strip());
    return true;
  }

  /** Likes = the sum of all reaction counts; absent reactions are "not reported", not zero. */
  private static Engagement reactions(JsonNode message) {
    JsonNode reactions = message.get("reactions");
    if (reactions == null || !reactions.isArray()) {
      return Engagement.NONE;
    }
    long sum = 0;
    boolean any = false;
    for (JsonNode r : reactions) {
      Long count = JsonFields.number(r, "count");
      if (count != null && count >= 0) {
        sum += count;
        any = true;
      }
    }
    return any ? new Engagement(sum, null, null, null, null) : Engagement.NONE;
  }
}
