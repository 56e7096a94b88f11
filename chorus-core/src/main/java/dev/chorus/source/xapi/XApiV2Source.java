package dev.chorus.source.xapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.JsonRecords;
import dev.chorus.source.input.JsonStart;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * X API v2 tweet responses: one response as a JSON document (records are the tweets of {@code data}, 1-based), or
 * NDJSON with one full response per line (records are lines), as twarc2 writes them; also the output of
 * {@code twarc2 flatten}, one tweet a line with its expansions inline ({@link FlattenedTweet}).
 *
 * <p>A single document is read member by member: {@code data} and {@code includes} are needed together to resolve
 * authors, so both are held as trees; that is bounded by the API's page size (at most 500 tweets a response). Larger
 * collections are NDJSON, read line by line.
 */
public final class XApiV2Source extends AbstractSource {
  private static final List<String> V2_MARKERS = List.of("\"edit_history_tweet_ids\"", "\"author_id\"",
      "\"referenced_tweets\"", "\"public_metrics\"", "\"result_count\"", "\"newest_id\"", "\"__twarc\"");

  /** A flattened tweet: its author inline as an object beside {@code author_id}. */
  private static final Pattern FLAT_AUTHOR = Pattern.compile("\"author\"\\s*:\\s*\\{");

  private final JsonRecords json = new JsonRecords();
  private final ApiResponseMapper responses = new ApiResponseMapper();

  public XApiV2Source() {
    super("x-api-v2",
        "X/Twitter API v2 responses ({data, includes, meta}), one JSON document or NDJSON with one response a line");
  }

  @Override
  public int detect(FileSniff sniff) {
    String head = sniff.trimmedHead();
    // Zeeschuimer captures also hold a "data" member, with the web client's JSON inside: not ours.
    if (sniff.binary() || !head.startsWith("{") || head.contains("\"source_platform\"")) {
      return 0;
    }
    if (head.contains("\"data\"") && V2_MARKERS.stream().anyMatch(head::contains)) {
      return 90;
    }
    String first = sniff.firstLine();
    if (first.contains("\"author_id\"") && first.contains("\"text\"") && FLAT_AUTHOR.matcher(first).find()) {
      return 90; // twarc2 flatten: a tweet a line, author inline
    }
    // an errors-only response: X's problem objects carry resource_type
    return head.contains("\"errors\"") && head.contains("\"resource_type\"") ? 60 : 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    JsonStart start = json.start(input);
    // a complete first object followed by more (even a broken line) is NDJSON: one response a line
    if (start.first() == JsonToken.START_OBJECT && start.followedByMore()) {
      json.forEachLine(input, sink, responses::mapLine);
      return;
    }
    json.checkWellFormed(input);
    readDocument(input, sink);
  }

  private void readDocument(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    JsonNode data = null;
    JsonNode includes = null;
    JsonNode errors = null;
    JsonNode meta = null;
    boolean tweetMembers = false;
    try (JsonParser p = json.parser(input)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new UnreadableInputException(input.name()
            + ": expected an X API v2 response object {\"data\": [...], \"includes\": {...}}");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "data" -> data = present(json.mapper().readTree(p));
          case "includes" -> includes = present(json.mapper().readTree(p));
          case "errors" -> errors = present(json.mapper().readTree(p));
          case "meta" -> meta = present(json.mapper().readTree(p));
          default -> {
            tweetMembers |= "author_id".equals(name) || "text".equals(name);
            p.skipChildren();
          }
        }
      }
    }
    if (data == null && errors == null && tweetMembers) {
      readFlattened(input, sink);
      return;
    }
    if (data == null) {
      if (ApiResponseMapper.withoutData(errors, meta) == ApiResponseMapper.Content.NOTHING) {
        return;
      }
      throw new UnreadableInputException(input.name()
          + ": not an X API v2 response: no 'data' member (nor 'errors')");
    }
    if (!data.isArray() && !data.isObject()) {
      throw new UnreadableInputException(input.name() + ": 'data' is neither a Tweet object nor an array of them");
    }
    responses.map(data, includes, i -> i + 1L, sink);
  }

  /** A file of one flattened tweet (a single line of {@code twarc2 flatten}): record 1. */
  private void readFlattened(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    JsonNode tweet;
    try (JsonParser p = json.parser(input)) {
      tweet = json.mapper().readTree(p);
    }
    if (!FlattenedTweet.is(tweet)) {
      throw new UnreadableInputException(input.name()
          + ": not an X API v2 response (no 'data' member) nor a flattened tweet (no 'id')");
    }
    responses.map(tweet, FlattenedTweet.includes(tweet), i -> 1L, sink);
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }
}
