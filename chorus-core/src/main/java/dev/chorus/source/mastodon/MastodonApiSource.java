package dev.chorus.source.mastodon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.JsonRecords;
import dev.chorus.source.input.JsonStart;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mastodon API statuses: a JSON array of Status entities, a v2 search result ({@code {"accounts":[], "statuses":[...],
 * "hashtags":[]}}) or NDJSON with one Status (or one such array / search result) per line.
 */
public final class MastodonApiSource extends AbstractSource {
  /** The keys of a search result; a Status never has them, so the first key tells the two documents apart. */
  private static final Set<String> SEARCH_KEYS = Set.of("accounts", "statuses", "hashtags");
  private static final Pattern FAVOURITES = Pattern.compile("\"favourites_count\"\\s*:");
  private static final Pattern SPOILER = Pattern.compile("\"spoiler_text\"\\s*:");
  private static final Pattern REBLOGS = Pattern.compile("\"reblogs_count\"\\s*:");
  /** A page of no statuses: the API answers an empty array when a timeline or search has nothing (more). */
  private static final Pattern EMPTY_PAGE = Pattern.compile("\\[\\s*\\]\\s*");

  private static final String EXPECTED = "an array of Mastodon statuses, a search result or NDJSON of statuses";

  private final JsonRecords json = new JsonRecords();
  private final MastodonStatusMapper mapper = new MastodonStatusMapper();

  public MastodonApiSource() {
    super("mastodon-api",
        "Mastodon API statuses (timeline/account/search JSON, or NDJSON of statuses)");
  }

  @Override
  public int detect(FileSniff sniff) {
    String head = sniff.trimmedHead();
    if (sniff.binary() || !(head.startsWith("[") || head.startsWith("{"))) {
      return 0;
    }
    if (EMPTY_PAGE.matcher(head).matches()) {
      // a bare [] holds no record of any format; of the sources that read arrays, only Mastodon's API answers with
      // one when a page is empty (Bluesky and Reddit wrap theirs in an object): claimed weakly, read as 0 posts
      return 10;
    }
    // "favourites_count" (British spelling) and "spoiler_text" are Mastodon's own; other APIs do not use them.
    int hits = (FAVOURITES.matcher(head).find() ? 1 : 0) + (SPOILER.matcher(head).find() ? 1 : 0)
        + (REBLOGS.matcher(head).find() ? 1 : 0);
    return hits >= 2 ? 90 : hits == 1 ? 40 : 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    switch (layout(input)) {
      case ARRAY -> readDocument(input, sink, false);
      case SEARCH -> readDocument(input, sink, true);
      default -> json.forEachLine(input, sink, this::mapLine);
    }
  }

  private enum Layout { ARRAY, SEARCH, LINES }

  /**
   * Decides the layout from the first value: an array or a search result is one document unless a second value
   * follows it (NDJSON of whole responses). A broken document counts as one so that
   * {@link JsonRecords#checkWellFormed} reports it as unreadable.
   */
  private Layout layout(SourceInput input) throws IOException, UnreadableInputException {
    JsonStart start = json.start(input);
    boolean single = start.extent() != JsonStart.Extent.MORE_VALUES;
    if (start.first() == JsonToken.START_ARRAY) {
      return single ? Layout.ARRAY : Layout.LINES;
    }
    if (start.first() != JsonToken.START_OBJECT) {
      throw new UnreadableInputException(input.name() + ": " + (start.extent() == JsonStart.Extent.EMPTY
          ? "empty file" : start.first() == null ? "not JSON; expected " + EXPECTED
          : "starts with " + start.first() + "; expected " + EXPECTED), start.error());
    }
    return start.firstKey() != null && SEARCH_KEYS.contains(start.firstKey()) && single
        ? Layout.SEARCH : Layout.LINES;
  }

  private void readDocument(SourceInput input, RecordSink sink, boolean search) throws IOException,
      UnreadableInputException {
    json.checkWellFormed(input);
    try (JsonParser p = json.parser(input)) {
      p.nextToken();
      if (!search || JsonRecords.toArrayMember(p, Set.of("statuses")) != null) {
        json.forEachElement(p, sink, mapper::mapRecord);
        return;
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
