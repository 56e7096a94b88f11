package dev.chorus.source.mastodon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mastodon API statuses: a JSON array of Status entities, a v2 search result ({@code {"accounts":[], "statuses":[...],
 * "hashtags":[]}}) or NDJSON with one Status (or one such array / search result) per line.
 */
public final class MastodonApiSource implements Source {
  /** The keys of a search result; a Status never has them, so the first key tells the two documents apart. */
  private static final Set<String> SEARCH_KEYS = Set.of("accounts", "statuses", "hashtags");
  private static final Pattern FAVOURITES = Pattern.compile("\"favourites_count\"\\s*:");
  private static final Pattern SPOILER = Pattern.compile("\"spoiler_text\"\\s*:");
  private static final Pattern REBLOGS = Pattern.compile("\"reblogs_count\"\\s*:");

  private final JsonInput json = new JsonInput();
  private final MastodonStatusMapper mapper = new MastodonStatusMapper();

  @Override
  public String id() {
    return "mastodon-api";
  }

  @Override
  public String description() {
    return "Mastodon API statuses (timeline/account/search JSON, or NDJSON of statuses)";
  }

  @Override
  public int detect(FileSniff sniff) {
    String head = sniff.trimmedHead();
    if (sniff.binary() || !(head.startsWith("[") || head.startsWith("{"))) {
      return 0;
    }
    // "favourites_count" (British spelling) and "spoiler_text" are Mastodon's own; other APIs do not use them.
    int hits = (FAVOURITES.matcher(head).find() ? 1 : 0) + (SPOILER.matcher(head).find() ? 1 : 0)
        + (REBLOGS.matcher(head).find() ? 1 : 0);
    return hits >= 2 ? 90 : hits == 1 ? 40 : 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    switch (layout(input)) {
      case ARRAY -> {
        json.checkWellFormed(input, false);
        try (InputStream in = input.open(); JsonParser p = json.mapper().getFactory().createParser(in)) {
          p.nextToken();
          json.forEachElement(p, sink, mapper::mapRecord);
        }
      }
      case SEARCH -> readSearchResult(input, sink);
      default -> json.forEachLine(input, sink, this::mapLine);
    }
  }

  private enum Layout { ARRAY, SEARCH, LINES }

  /** Decides the layout from the first character and, for an object, its first key. */
  private Layout layout(SourceInput input) throws IOException, UnreadableInputException {
    try (InputStream in = input.open(); JsonParser p = json.mapper().getFactory().createParser(in)) {
      JsonToken first;
      try {
        first = p.nextToken();
      } catch (IOException e) {
        throw new UnreadableInputException(input.name() + ": not JSON; expected an array of Mastodon statuses, "
            + "a search result or NDJSON of statuses", e);
      }
      if (first == JsonToken.START_ARRAY) {
        return singleDocument(input) ? Layout.ARRAY : Layout.LINES;
      }
      if (first != JsonToken.START_OBJECT) {
        throw new UnreadableInputException(input.name() + ": " + (first == null ? "empty file" : "starts with "
            + first + "; expected an array of Mastodon statuses, a search result or NDJSON of statuses"));
      }
      try {
        String key = p.nextFieldName();
        return key != null && SEARCH_KEYS.contains(key) && singleDocument(input) ? Layout.SEARCH : Layout.LINES;
      } catch (IOException e) {
        return Layout.LINES; // a broken first line is rejected as a record when read line by line
      }
    }
  }

  /**
   * True unless a complete first JSON value is followed by more (NDJSON of whole responses). A broken document counts
   * as single so that {@link JsonInput#checkWellFormed} reports it as unreadable.
   */
  private boolean singleDocument(SourceInput input) throws IOException {
    try (InputStream in = input.open(); JsonParser p = json.mapper().getFactory().createParser(in)) {
      p.nextToken();
      p.skipChildren();
      return p.nextToken() == null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return true;
    }
  }

  private void readSearchResult(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    json.checkWellFormed(input, false);
    try (InputStream in = input.open(); JsonParser p = json.mapper().getFactory().createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if ("statuses".equals(key) && value == JsonToken.START_ARRAY) {
          json.forEachElement(p, sink, mapper::mapRecord);
          return;
        }
        p.skipChildren();
      }
    }
    throw new UnreadableInputException(input.name() + ": search result without a 'statuses' array");
  }

  /** One NDJSON line: a Status, or a whole response (array or search result) dumped on one line. */
  private void mapLine(long lineNo, JsonNode node, RecordSink sink) {
    JsonNode statuses = node.isArray() ? node : node.isObject() && node.has("statuses") ? node.get("statuses") : null;
    if (statuses == null) {
      mapper.mapRecord(lineNo, node, sink);
      return;
    }
    if (!statuses.isArray()) {
      throw dev.chorus.source.RecordRejectedException.field("statuses", "not an array");
    }
    for (JsonNode status : statuses) {
      JsonInput.mapSafely(lineNo, status, null, sink, mapper::mapRecord);
    }
  }
}
