package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.QueryBudget;
import dev.chorus.store.QueryLimit;
import dev.chorus.store.QueryTooComplexException;
import java.io.IOException;
import java.util.Map;

/**
 * The searches of one index under the calling thread's {@link QueryBudget}: checked before each request and given
 * to the node as the search's timeout; a search that timed out ends with the budget's error, never with a partial
 * answer. A query the node refuses for its size is refused with the {@link QueryLimit} it exceeded.
 */
final class Searches {
  private final OpenSearchConnection connection;
  private final String index;

  Searches(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  /** A search of the index with {@code body} (query, sort, size...): the node's answer. */
  JsonNode search(ObjectNode body) throws IOException {
    return run("/" + index + "/_search", body);
  }

  /** Counts and aggregations only: no hits. */
  JsonNode aggregate(ObjectNode query, ObjectNode aggs) throws IOException {
    ObjectNode body = QueryTranslator.node();
    body.set("query", query);
    body.put("size", 0);
    body.put("track_total_hits", true);
    body.set("aggs", aggs);
    return search(body);
  }

  /** A search on any endpoint (a point in time searches {@code /_search}). */
  JsonNode run(String endpoint, ObjectNode body) throws IOException {
    QueryBudget budget = QueryBudget.current();
    if (budget != null) {
      QueryBudget.check();
      body.put("timeout", Math.max(1, budget.budget().toMillis()) + "ms");
    }
    OpenSearchConnection.Reply r = connection.send("POST", endpoint, Map.of(), body);
    if (!r.ok()) {
      String reason = OpenSearchConnection.reason(r.body());
      if (reason.contains("too_many_clauses") || reason.contains("maxClauseCount")) {
        throw new QueryTooComplexException(QueryLimit.EXPANDED_TERMS, "more than " + QueryLimit.EXPANDED_TERMS.allowed());
      }
      if (reason.contains("too_complex_to_determinize") || reason.contains("TooComplexToDeterminize")) {
        throw new QueryTooComplexException(QueryLimit.AUTOMATON_STATES, "more than "
            + QueryLimit.AUTOMATON_STATES.allowed());
      }
      if (r.status() == 400 && reason.startsWith("query_shard_exception")) {
        throw new InvalidFilterException(PostQueryParser.QUERY, "cannot be searched: " + reason);
      }
      throw connection.failure("search the index " + index, r);
    }
    if (budget != null && r.body().path("timed_out").asBoolean()) {
      throw budget.exceeded();
    }
    return r.body();
  }
}
