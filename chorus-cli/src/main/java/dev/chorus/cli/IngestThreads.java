package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.ingest.IngestListener;
import dev.chorus.json.JsonConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * Where the CPU time of a bench ingest went, by thread: the reading thread (parsing, mapping, routing posts to the
 * lanes, and every commit, which it makes) and the lanes together (pseudonymising, annotating, building documents and
 * indexing them). Read when the ingest reports its last commit, while the lanes still run: a finished thread's CPU
 * time can no longer be read. The rest of the process (GC, JIT, Lucene's merges) is the whole's remainder.
 */
final class IngestThreads implements IngestListener {
  /** The lanes' thread names begin so ({@code dev.chorus.ingest.IngestLanes}). */
  private static final String LANE_PREFIX = "chorus-ingest-";
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private final long readerStart = cpu();
  private double reader;
  private double lanes;

  @Override
  public void committed(long postsInStore) {
    reader = (cpu() - readerStart) / 1e9;
    long sum = 0;
    for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith(LANE_PREFIX)) {
        sum += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
      }
    }
    lanes = sum / 1e9;
  }

  private long cpu() {
    return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
  }

  /** {@code reader} and {@code lanes} in CPU seconds, as of the last commit. */
  ObjectNode report() {
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("reader", BenchFigures.round(reader));
    o.put("lanes", BenchFigures.round(lanes));
    return o;
  }
}
