package dev.chorus.store.lucene;

import dev.chorus.annotate.AnalysisCpuHarness;
import dev.chorus.annotate.AnnotationChain;
import dev.chorus.post.Post;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.lucene.IndexingVariants.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: a main that measures where Lucene's indexing CPU goes on the store's document. The posts of a file are
 * read, pseudonymised and annotated as the ingest does ({@link AnalysisCpuHarness}) and made into documents once;
 * then, on one thread, each {@link IndexingVariants variant} is indexed with {@code addDocument} into a fresh index
 * and committed (flushing is part of the cost), round-robin over the variants so that the machine's drift spreads
 * over all of them. Prints the best and median thread CPU time in µs per post (the difference to "all fields" is
 * what a group of fields costs), the process CPU (adds GC, JIT and merge threads), the first (unmeasured, cold) pass,
 * the index's size and segments;
 * then the text chains alone (each post's token streams consumed).
 *
 * <p>{@code java -cp <test class path> dev.chorus.store.lucene.IndexingCostHarness FILE [POSTS] [REPS] [mem|fs]}
 */
public final class IndexingCostHarness {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  static final int WARMUPS = 2;

  private IndexingCostHarness() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    boolean fs = args.length > 3 && args[3].equals("fs");
    List<Post> posts = annotated(AnalysisCpuHarness.read(file, limit));
    PostDocuments documents = new PostDocuments();
    List<Document> full = new ArrayList<>(posts.size());
    for (Post p : posts) {
      full.add(documents.toDocument(p, documents.body(p)));
    }
    Analyzer analyzer = SearchAnalyzers.create();
    List<Variant> variants = IndexingVariants.of(posts, full);
    List<Task> tasks = new ArrayList<>();
    for (Variant v : variants) {
      tasks.add(new Task(v.name(), () -> index(v, analyzer, fs)));
    }
    // the store's whole write path for comparison: JSON body, hash, document, id lookup, addDocument, commit
    tasks.add(new Task("store upsert+commit", () -> upsertAll(posts, fs)));
    tasks.add(new Task("body+toDocument", () -> {
      for (Post p : posts) {
        documents.toDocument(p, documents.body(p));
      }
      return "";
    }));
    double[][] thread = new double[tasks.size()][reps];
    double[][] process = new double[tasks.size()][reps];
    double[] cold = new double[tasks.size()]; // the first pass: code not yet compiled, as in a fresh ingest
    String[] shape = new String[tasks.size()];
    System.out.printf("posts %d, %s directory, %d warm-ups, %d repetitions%n", posts.size(), fs ? "fs" : "mem",
        WARMUPS, reps);
    for (int r = -WARMUPS; r < reps; r++) {
      for (int v = 0; v < tasks.size(); v++) {
        long t = CPU.getCurrentThreadCpuTime();
        long p = processCpu();
        shape[v] = tasks.get(v).run();
        if (r == -WARMUPS) {
          cold[v] = (CPU.getCurrentThreadCpuTime() - t) / 1e3 / posts.size();
        }
        if (r >= 0) {
          thread[v][r] = (CPU.getCurrentThreadCpuTime() - t) / 1e3 / posts.size();
          process[v][r] = (processCpu() - p) / 1e3 / posts.size();
        }
      }
    }
    double all = median(thread[0]);
    System.out.printf("%-20s %8s %8s %8s %8s %8s %8s  %s%n", "variant", "best", "median", "max", "Δmedian",
        "process", "1st pass", "index");
    for (int v = 0; v < tasks.size(); v++) {
      System.out.printf("%-20s %8.1f %8.1f %8.1f %+8.1f %8.1f %8.1f  %s%n", tasks.get(v).name(), min(thread[v]),
          median(thread[v]), max(thread[v]), median(thread[v]) - all, median(process[v]), cold[v], shape[v]);
    }
    TokenStreamCost.print(posts, analyzer, new StandardAnalyzer(), reps);
  }

  /** A timed piece of work; what it made (the index's size and segments). */
  private record Task(String name, Work work) {
    String run() throws IOException {
      return work.run();
    }
  }

  private interface Work {
    String run() throws IOException;
  }

  private static String upsertAll(List<Post> posts, boolean fs) throws IOException {
    Path dir = fs ? Files.createTempDirectory("indexing-cost-") : null;
    try (LucenePostStore store = fs ? LucenePostStore.openWritable(dir)
        : LucenePostStore.openWritable(new ByteBuffersDirectory())) {
      for (Post p : posts) {
        store.upsert(p);
      }
      return store.commit() + " posts";
    } finally {
      if (dir != null) {
        delete(dir);
      }
    }
  }

  private static List<Post> annotated(List<Post> read) throws IOException {
    AnnotationChain chain = AnalysisCpuHarness.chain();
    Pseudonymizer pseudonymizer = AnalysisCpuHarness.pseudonymizer();
    List<Post> out = new ArrayList<>(read.size());
    read.forEach(p -> out.add(chain.annotate(pseudonymizer.apply(p))));
    return out;
  }

  /** Indexes and commits a variant into a fresh index; its size in MB and segment count. */
  private static String index(Variant variant, Analyzer analyzer, boolean fs) throws IOException {
    Path dir = fs ? Files.createTempDirectory("indexing-cost-") : null;
    try (Directory d = fs ? FSDirectory.open(dir) : new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(d, variant.config(analyzer))) {
      for (Document doc : variant.docs()) {
        writer.addDocument(doc);
      }
      writer.commit();
      long bytes = 0;
      for (String f : d.listAll()) {
        bytes += d.fileLength(f);
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        return String.format("%.1f MB, %d seg", bytes / 1e6, reader.leaves().size());
      }
    } finally {
      if (dir != null) {
        delete(dir);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static double min(double[] xs) {
    return Arrays.stream(xs).min().orElse(Double.NaN);
  }

  static double max(double[] xs) {
    return Arrays.stream(xs).max().orElse(Double.NaN);
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** Consumes a token stream as the indexer does (reset, every token, end, close). */
  static int consume(TokenStream ts) throws IOException {
    int n = 0;
    try (ts) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }
}
