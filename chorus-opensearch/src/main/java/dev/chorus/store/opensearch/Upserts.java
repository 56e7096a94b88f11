package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.post.Post;
import dev.chorus.store.UpsertOutcome;
import dev.chorus.store.VersionRule;
import dev.chorus.store.lucene.PostDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One batch of upserts: one {@code _mget} of the stored copies' version, hash and role (real time: it sees writes
 * not yet refreshed), the {@link VersionRule} decides each post as the embedded store does, and the winners go in
 * one {@code _bulk} with their {@link ExternalVersions external version}. A write the node refuses as older (another
 * writer stored a winning copy in between) is a {@code DUPLICATE}, which is what the rule says of it.
 */
final class Upserts {
  private final OpenSearchConnection connection;
  private final String index;
  private final PostSources sources;
  private final AtomicBoolean dirty = new AtomicBoolean();

  Upserts(OpenSearchConnection connection, String index, PostSources sources) {
    this.connection = connection;
    this.index = index;
    this.sources = sources;
  }

  /** Whether anything was written since the last call. */
  boolean takeDirty() {
    return dirty.getAndSet(false);
  }

  /**
   * Writes a batch: by the version rule, or with {@code relabel} as {@link dev.chorus.store.PostStore#relabel} (the
   * same copy replaced whatever its hash; its external version is then the greater of the new and the stored one, so
   * that the node accepts it and still refuses an older copy).
   */
  List<UpsertOutcome> write(List<Post> posts, boolean relabel) throws IOException {
    Map<String, long[]> stored = stored(posts);
    List<UpsertOutcome> outcomes = new ArrayList<>();
    List<Integer> sent = new ArrayList<>();
    ByteArrayOutputStream bulk = new ByteArrayOutputStream();
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      byte[] body = sources.body(post);
      long hash = PostDocuments.hash(body);
      long version = post.version().toEpochMilli();
      long referenced = post.referenced() ? 1 : 0;
      long[] existing = stored.get(post.id());
      UpsertOutcome kept = relabel ? VersionRule.relabelling(referenced, version, hash, existing)
          : existing != null && !VersionRule.wins(referenced, version, hash, existing)
              ? VersionRule.losing(referenced, version, hash, existing) : null;
      if (kept != null) {
        outcomes.add(kept);
        continue;
      }
      long external = ExternalVersions.of(referenced, version, hash);
      if (relabel) {
        external = Math.max(external, ExternalVersions.of(referenced, version, existing[1]));
      }
      outcomes.add(existing == null ? UpsertOutcome.ADDED : UpsertOutcome.UPDATED);
      stored.put(post.id(), new long[] {version, hash, referenced}); // a later copy in this batch meets this one
      ObjectNode action = OpenSearchConnection.JSON.createObjectNode();
      action.putObject("index").put("_index", index).put("_id", post.id())
          .put("version", external).put("version_type", "external_gte");
      bulk.write(OpenSearchConnection.JSON.writeValueAsBytes(action));
      bulk.write('\n');
      bulk.write(OpenSearchConnection.JSON.writeValueAsBytes(sources.toSource(post, body, hash)));
      bulk.write('\n');
      sent.add(i);
    }
    if (!sent.isEmpty()) {
      send(bulk.toByteArray(), sent, outcomes);
    }
    return outcomes;
  }

  private void send(byte[] bulk, List<Integer> sent, List<UpsertOutcome> outcomes) throws IOException {
    OpenSearchConnection.Reply r = connection.send("POST", "/_bulk", Map.of(), bulk, "application/x-ndjson");
    if (!r.ok()) {
      throw connection.failure("store posts in " + index, r);
    }
    dirty.set(true);
    JsonNode items = r.body().path("items");
    for (int k = 0; k < sent.size(); k++) {
      JsonNode item = items.path(k).path("index");
      int status = item.path("status").asInt();
      if (status == 409) {
        outcomes.set(sent.get(k), UpsertOutcome.DUPLICATE); // a winning copy was stored meanwhile
      } else if (status >= 300) {
        throw new IOException("OpenSearch at " + connection.url() + " refused to store post " + item.path("_id")
            .asText() + " in " + index + " (HTTP " + status + "): " + item.path("error").path("type").asText() + ": "
            + item.path("error").path("reason").asText());
      }
    }
  }

  /** {version, hash, referenced} of the stored copy of each id that has one. */
  private Map<String, long[]> stored(List<Post> posts) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    posts.forEach(p -> ids.add(p.id()));
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    ArrayNode idArray = body.putArray("ids");
    ids.forEach(idArray::add);
    JsonNode r = connection.call("read stored versions in " + index, "POST", "/" + index + "/_mget",
        Map.of("_source_includes", PostDocuments.VERSION + "," + PostDocuments.HASH + "," + PostDocuments.REFERENCED),
        body);
    Map<String, long[]> out = new HashMap<>();
    for (JsonNode doc : r.path("docs")) {
      if (doc.path("found").asBoolean()) {
        JsonNode s = doc.path("_source");
        out.put(doc.path("_id").asText(), new long[] {s.path(PostDocuments.VERSION).asLong(),
            s.path(PostDocuments.HASH).asLong(), s.path(PostDocuments.REFERENCED).asLong()});
      }
    }
    return out;
  }
}
