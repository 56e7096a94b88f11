package dev.chorus.source.reddit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.JsonFields;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import java.util.function.LongSupplier;

/**
 * Walks Reddit API "things": a {@code Listing} (its {@code data.children}), a {@code t1}/{@code t3} wrapper (and
 * the comment tree below it in {@code data.replies}), or a bare dump object. Each comment or submission gets the
 * record number {@code numbers} hands out: a running count in a document, the line number in NDJSON.
 */
final class RedditListingWalker {
  private final RedditThingMapper mapper = new RedditThingMapper();

  void visit(JsonNode node, LongSupplier numbers, RecordSink sink) {
    if (node.isArray()) {
      node.forEach(element -> visit(element, numbers, sink)); // a comment page is [submission listing, comments]
      return;
    }
    String kind = node.isObject() ? JsonFields.text(node, "kind") : null;
    if ("Listing".equals(kind)) {
      JsonNode children = JsonFields.at(node, "data/children");
      if (children != null && children.isArray()) {
        children.forEach(child -> visit(child, numbers, sink));
      }
      return;
    }
    JsonNode pushshiftData = kind == null && node.isObject() ? node.get("data") : null;
    if (pushshiftData != null && pushshiftData.isArray()) {
      pushshiftData.forEach(element -> visit(element, numbers, sink)); // a Pushshift API response on one line
      return;
    }
    if ("more".equals(kind)) {
      return; // "load more comments" stubs name ids only; there is nothing to map
    }
    long n = numbers.getAsLong();
    if (kind == null) {
      JsonInput.mapSafely(n, node, null, sink, (rec, d, s) -> mapper.map(null, d, p -> s.post(rec, p)));
      return;
    }
    JsonNode data = JsonFields.at(node, "data");
    JsonInput.mapSafely(n, node, null, sink, (rec, d, s) -> {
      if (!"t1".equals(kind) && !"t3".equals(kind)) {
        throw RecordRejectedException.field("kind", "'" + kind + "' is neither a comment (t1) nor a submission (t3)");
      }
      if (data == null) {
        throw RecordRejectedException.field("data", "missing");
      }
      mapper.map(kind, data, p -> s.post(rec, p));
    });
    JsonNode replies = data == null ? null : JsonFields.at(data, "replies");
    if (replies != null && replies.isObject()) {
      visit(replies, numbers, sink);
    }
  }
}
