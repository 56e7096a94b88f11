package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code chorus bench stores --posts N --store URL}: the dashboard's query latency ({@link ServeBench}: each dashboard
 * query asked once per filter state, then a mixed load at a fixed rate) on the embedded index and on the store at
 * {@code URL} (an OpenSearch index), holding the same posts, in one run. The synthetic posts of {@code bench ingest}
 * are ingested into an embedded workspace ({@link EmbeddedIngest}), then copied as they are stored, 1,000 at a time,
 * into a fresh store named after the URL, which a second workspace names in its {@code workspace.yaml}; the server
 * then runs on each workspace in turn, as {@code chorus serve} would.
 */
record StoreBench(long posts, String store, int rate, int seconds, int states) {
  ObjectNode run(Path work) throws Exception {
    Workspace other = EmbeddedIngest.fresh(work, "serve", store);
    other.openStore(true).close(); // an unreachable store fails here, before minutes of ingest
    Path input = IngestBench.writeInput(work, posts);
    EmbeddedIngest ingest = EmbeddedIngest.run(work, input);
    long t0 = System.nanoTime();
    long copied = copy(ingest.workspace(), other);
    double copySeconds = (System.nanoTime() - t0) / 1e9;
    ObjectNode embedded = new ServeBench(ingest.workspace(), rate, seconds, states).run();
    ObjectNode cluster = new ServeBench(other, rate, seconds, states).run();
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("measured", "the same dashboard queries and filter states, first asking (nothing cached) and a mixed load "
        + "at a fixed rate, through the server in this process, on the embedded index and on the other store; "
        + "ratio = other store's latency / embedded latency");
    o.put("posts", ingest.posts());
    o.put("store", other.storeUri().toString());
    o.put("ingest_posts_per_second", ingest.postsPerSecond());
    o.put("copy_posts", copied);
    o.put("copy_seconds", BenchFigures.round(copySeconds));
    o.put("copy_posts_per_second", Math.round(copied / copySeconds));
    o.set("embedded", embedded);
    o.set("other", cluster);
    o.set("ratio_p50_p95", ratios(embedded, cluster));
    o.put("work_dir", work.toString());
    o.set("machine", IngestBench.machine());
    return o;
  }

  /** Every stored post (collected and referenced) of {@code from} written to the store of {@code to}; the count. */
  private static long copy(Workspace from, Workspace to) throws IOException {
    List<Post> batch = new ArrayList<>();
    long[] copied = {0};
    try (PostStore source = from.openStore(false); PostStore target = to.openStore(true)) {
      try {
        source.forEach(PostQuery.any(), p -> {
          batch.add(p);
          if (batch.size() == 1_000) {
            copied[0] += upsert(target, batch);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      copied[0] += upsert(target, batch);
      target.commit();
    }
    return copied[0];
  }

  private static int upsert(PostStore target, List<Post> batch) {
    try {
      target.upsertAll(batch);
      int n = batch.size();
      batch.clear();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Per dashboard query and for the load: the other store's p50 and p95 over the embedded index's. */
  private static ObjectNode ratios(ObjectNode embedded, ObjectNode other) {
    ObjectNode r = JsonConfig.mapper().createObjectNode();
    embedded.get("first_request_ms").fields().forEachRemaining(e -> {
      JsonNode b = other.path("first_request_ms").path(e.getKey());
      r.putArray(e.getKey()).add(ratio(b.path("p50"), e.getValue().path("p50")))
          .add(ratio(b.path("p95"), e.getValue().path("p95")));
    });
    r.putArray("load").add(ratio(other.path("load").path("p50_ms"), embedded.path("load").path("p50_ms")))
        .add(ratio(other.path("load").path("p95_ms"), embedded.path("load").path("p95_ms")));
    return r;
  }

  private static double ratio(JsonNode a, JsonNode b) {
    return BenchFigures.ratio(a.asDouble(), b.asDouble());
  }
}
