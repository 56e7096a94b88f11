package dev.chorus.source.bluesky;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.JsonRecords;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bluesky App View responses: {@code getAuthorFeed}/{@code getTimeline} ({@code {"feed": [feedViewPost...]}}) and
 * {@code searchPosts} ({@code {"posts": [postView...]}}), one document or NDJSON of responses.
 */
public final class BlueskyFeedSource extends AbstractSource {
  private static final Pattern POST_URI = Pattern.compile("\"at://[^\"/]+/app\\.bsky\\.feed\\.post/");
  private static final Pattern VIEW_KEYS = Pattern.compile("\"(indexedAt|likeCount|repostCount)\"\\s*:");
  private static final Pattern RESPONSE_KEYS = Pattern.compile("\"(feed|posts)\"\\s*:\\s*\\[");
  private static final Pattern JETSTREAM = Pattern.compile("\"time_us\"\\s*:");

  private static final Set<String> RESPONSE_ARRAYS = Set.of("feed", "posts");

  private final JsonRecords json = new JsonRecords();
  private final BlueskyPostViewMapper mapper = new BlueskyPostViewMapper();

  public BlueskyFeedSource() {
    super("bluesky",
        "Bluesky App View feeds and search results (getAuthorFeed, getTimeline, searchPosts; JSON or NDJSON)");
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
    // NDJSON when the first line is a JSON value on its own; a pretty-printed document's first line never is.
    if (json.firstLine(input).map(l -> l.value() != null && l.value().isContainerNode()).orElse(false)) {
      json.forEachLine(input, sink, this::mapLine);
      return;
    }
    json.checkWellFormed(input);
    try (JsonParser p = json.parser(input)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY || JsonRecords.toArrayMember(p, RESPONSE_ARRAYS) != null) {
        json.forEachElement(p, sink, mapper::mapItem);
        return;
      }
    }
    throw new UnreadableInputException(input.name() + ": expected a Bluesky response with a 'feed' array "
        + "(getAuthorFeed/getTimeline) or a 'posts' array (searchPosts)");
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
