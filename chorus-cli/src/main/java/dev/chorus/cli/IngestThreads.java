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
 * indexing them), and the JIT's compiler threads. Read when the ingest reports its last commit, while the lanes still
 * run: a finished thread's CPU time can no longer be read. The rest of the process (garbage collection, Lucene's
 * merges) is the whole's remainder.
 */
final class IngestThreads implements IngestListener {
  /** The lanes' thread names begin so ({@code dev.chorus.ingest.IngestLanes}). */
  private static final String LANE_PREFIX = "chorus-ingest-";
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private final long readerStart = cpu();
  private final long compilingStart = compilingMillis();
  private double reader;
  private double lanes;
  private double compiling;

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
    compiling = (compilingMillis() - compilingStart) / 1e3;
  }

  /** Time the JIT compilers spent so far (their threads' time, summed), or 0 where the JVM does not tell. */
  private static long compilingMillis() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private long cpu() {
    return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
  }

  /**
   * {@code reader} and {@code lanes} in CPU seconds, and {@code jit_compiling}, the seconds the JIT's compiler threads
   * worked meanwhile (on 2 cores a third or more of a 200,000-post ingest's CPU), as of the last commit.
   */
  ObjectNode report() {
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("reader", BenchFigures.round(reader));
    o.put("lanes", BenchFigures.round(lanes));
    o.put("jit_compiling", BenchFigures.round(compiling));
    return o;
  }
}
