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
 * kept); right after it come the tweets it references that the response includes, each once per response.
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

  /** One NDJSON line: a whole response, every post numbered with the line. */
  void mapLine(long line, JsonNode response, RecordSink sink) {
    if (!response.isObject()) {
      throw new RecordRejectedException("not an X API v2 response object but " + response.getNodeType());
    }
    JsonNode data = JsonFields.at(response, "data");
    if (data == null) {
      if (withoutData(JsonFields.at(response, "errors"), JsonFields.at(response, "meta")) == Content.NOTHING) {
        return; // an errors-only response or an empty page: nothing to post, nothing wrong
      }
      throw RecordRejectedException.field("data", "missing (neither 'data' nor 'errors')");
    }
    if (!data.isArray() && !data.isObject()) {
      throw RecordRejectedException.field("data", "neither a Tweet object nor an array of them");
    }
    map(data, JsonFields.at(response, "includes"), i -> line, sink);
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
          JsonInput.mapSafely(record, included, null, sink, (r, node, s) -> s.post(r, tweets.map(node, includes)));
        }
      }
    }
  }
}
