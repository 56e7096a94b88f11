package dev.chorus.source.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.JsonFields;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.xcommon.LegacyEntities;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * Maps the tweets of one API v2 response. Each data tweet is mapped on its own (a bad one is rejected, the others
 * kept) as a collected post; right after it come the tweets it references that the response includes, each once per
 * response, as referenced posts (context, not results of the query).
 */
final class ApiResponseMapper {
  private final ApiTweetMapper tweets = new ApiTweetMapper();

  /** What a response holds besides tweets. */
  enum Content { TWEETS, NOTHING, NOT_A_RESPONSE }

  /** Whether a response without {@code data} is legitimately empty: only errors, or a search with no results. */
  static Content withoutData(JsonNode errors, JsonNode meta) {
    Long count = JsonFields.number(meta, "result_count");
    return errors != null || (count != null && count == 0) ? Content.NOTHING : Content.NOT_A_RESPONSE;
  }

  /**
   * One NDJSON line: a whole response (every post numbered with the line), or one tweet as {@code twarc2 flatten}
   * writes it. A line of errors only (a stream's disconnect message, a lookup of deleted tweets) holds no tweet and
   * is rejected with the errors' titles; an empty search page is nothing, not an error.
   */
  void mapLine(long line, JsonNode response, RecordSink sink) {
    if (!response.isObject()) {
      throw new RecordRejectedException("not an X API v2 response or tweet object but " + response.getNodeType());
    }
    if (FlattenedTweet.is(response)) {
      map(response, FlattenedTweet.includes(response), i -> line, sink);
      return;
    }
    JsonNode data = JsonFields.at(response, "data");
    if (data == null) {
      JsonNode errors = JsonFields.at(response, "errors");
      if (errors != null) {
        throw RecordRejectedException.field("data", "missing: the line is an X API error message, not tweets ("
            + errors(errors) + ")");
      }
      if (withoutData(null, JsonFields.at(response, "meta")) == Content.NOTHING) {
        return; // an empty page: nothing to post, nothing wrong
      }
      throw RecordRejectedException.field("data", "missing (neither 'data' nor 'errors', nor a tweet's 'id' and "
          + "'text')");
    }
    if (!data.isArray() && !data.isObject()) {
      throw RecordRejectedException.field("data", "neither a Tweet object nor an array of them");
    }
    map(data, JsonFields.at(response, "includes"), i -> line, sink);
  }

  /**
   * The errors of a response in words: how many, and the first one's title. Details are left out: they can name the
   * accounts looked up ("Could not find user with username: [...]").
   */
  static String errors(JsonNode errors) {
    JsonNode first = errors.isArray() && errors.size() > 0 ? errors.get(0) : errors;
    String title = JsonFields.text(first, "title");
    if (title == null) {
      title = JsonFields.text(first, "type");
    }
    int n = errors.isArray() ? errors.size() : 1;
    String what = title == null ? "without a title" : "'" + dev.chorus.source.JsonInput.excerpt(title) + "'";
    return n == 1 ? "1 error, " + what : n + " errors, the first " + what;
  }

  /**
   * @param data a Tweet object or an array of them
   * @param recordOf the record number of data tweet {@code i} (0-based)
   */
  void map(JsonNode data, JsonNode includesNode, IntToLongFunction recordOf, RecordSink sink) {
    List<JsonNode> list = new ArrayList<>();
    if (data.isArray()) {
      data.forEach(list::add);
    } else {
      list.add(data); // a single-tweet lookup answers with one object
    }
    ApiIncludes includes = new ApiIncludes(includesNode);
    Set<String> done = new HashSet<>();
    for (JsonNode t : list) {
      String id = JsonFields.text(t, "id");
      if (id != null) {
        done.add(id); // a data tweet also found in includes is emitted once, from data
      }
    }
    for (int i = 0; i < list.size(); i++) {
      long record = recordOf.applyAsLong(i);
      JsonNode tweet = list.get(i);
      JsonInput.mapSafely(record, tweet, null, sink, (r, node, s) -> s.post(r, tweets.map(node, includes)));
      for (JsonNode ref : LegacyEntities.iterable(tweet, "referenced_tweets")) {
        String refId = JsonFields.text(ref, "id");
        JsonNode included = includes.tweet(refId);
        if (included != null && done.add(refId)) {
          JsonInput.mapSafely(record, included, null, sink,
              (r, node, s) -> s.post(r, tweets.map(node, includes).toBuilder().referenced().build()));
        }
      }
    }
  }
}
