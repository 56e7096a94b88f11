package dev.chorus.source.bluesky;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Bluesky App View responses: {@code getAuthorFeed}/{@code getTimeline} ({@code {"feed": [feedViewPost...]}}) and
 * {@code searchPosts} ({@code {"posts": [postView...]}}), one document or NDJSON of responses.
 */
public final class BlueskyFeedSource implements Source {
  private static final Pattern POST_URI = Pattern.compile("\"at://[^\"/]+/app\\.bsky\\.feed\\.post/");
  private static final Pattern VIEW_KEYS = Pattern.compile("\"(indexedAt|likeCount|repostCount)\"\\s*:");
  private static final Pattern RESPONSE_KEYS = Pattern.compile("\"(feed|posts)\"\\s*:\\s*\\[");
  private static final Pattern JETSTREAM = Pattern.compile("\"time_us\"\\s*:");

  private final JsonInput json = new JsonInput();
  private final BlueskyPostViewMapper mapper = new BlueskyPostViewMapper();

  @Override
  public String id() {
    return "bluesky";
  }

  @Override
  public String description() {
    return "Bluesky App View feeds and search results (getAuthorFeed, getTimeline, searchPosts; JSON or NDJSON)";
  }

  @Override
  public int detect(FileSniff sniff) {
    String head = sniff.trimmedHead();
    if (sniff.binary() || !(head.startsWith("{") || head.startsWith("["))
        || JETSTREAM.matcher(head).find() || !POST_URI.matcher(head).find()) {
      return 0;
    }
    // postViews carry App View fields (indexedAt, counts) that raw records and firehose events lack
    boolean view = VIEW_KEYS.matcher(head).find();
    return view && RESPONSE_KEYS.matcher(head).find() ? 90 : view ? 70 : 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    if (firstLineIsJson(input)) {
      json.forEachLine(input, sink, this::mapLine);
      return;
    }
    json.checkWellFormed(input, false);
    try (InputStream in = input.open(); JsonParser p = json.mapper().getFactory().createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        json.forEachElement(p, sink, mapper::mapItem);
        return;
      }
      while (first == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (p.nextToken() == JsonToken.START_ARRAY && ("feed".equals(key) || "posts".equals(key))) {
          json.forEachElement(p, sink, mapper::mapItem);
          return;
        }
        p.skipChildren();
      }
    }
    throw new UnreadableInputException(input.name() + ": expected a Bluesky response with a 'feed' array "
        + "(getAuthorFeed/getTimeline) or a 'posts' array (searchPosts)");
  }

  /**
   * NDJSON when the first non-blank line is a JSON value on its own; a pretty-printed document's first line never is.
   * Lines of NDJSON are read whole anyway, so reading the first one costs nothing extra.
   */
  private boolean firstLineIsJson(SourceInput input) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && line.isBlank()) {
        // skip leading blank lines
      }
      if (line == null) {
        return false;
      }
      try {
        JsonNode node = json.mapper().readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
        return node != null && node.isContainerNode();
      } catch (JsonProcessingException e) {
        return false;
      }
    }
  }

  /** One line: a whole response, an array of items, or a single feed item / postView. */
  private void mapLine(long lineNo, JsonNode node, RecordSink sink) {
    JsonNode items = node.isArray() ? node : node.has("feed") ? node.get("feed") : node.get("posts");
    if (items == null) {
      mapper.mapItem(lineNo, node, sink);
      return;
    }
    if (!items.isArray()) {
      throw RecordRejectedException.field(node.has("feed") ? "feed" : "posts", "not an array");
    }
    for (JsonNode item : items) {
      JsonInput.mapSafely(lineNo, item, null, sink, mapper::mapItem);
    }
  }
}
