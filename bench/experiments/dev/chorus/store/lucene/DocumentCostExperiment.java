package dev.chorus.store.lucene;

import dev.chorus.post.Post;
import dev.chorus.post.Provenance;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;

/**
 * What each part of Chorus's Lucene document costs to index (issue 15: how far a smaller document would take ingest
 * towards bare Lucene's speed). The posts of an X API v2 file (a {@code bench ingest} input) are mapped and
 * pseudonymised once, not timed; each variant's documents are then built and indexed from scratch by the same threads
 * into a fresh index with one commit, and only the indexing threads' CPU time and the commit's are counted. Variants:
 * {@code bare}, the document of {@code bench ingest}'s baseline (id, standard-analysed text, time); {@code chorus}, the
 * stored document ({@link PostDocuments#toDocument}, analysers of the store); and {@code chorus} without one part at a
 * time. No annotation runs: the labels' terms and facets are what {@code bench ingest --no-annotate} leaves out too.
 *
 * <p>{@code bench/document-cost.sh [FILE] [POSTS] [ROUNDS]}; not product code.
 */
public final class DocumentCostExperiment {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private DocumentCostExperiment() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int threads = Runtime.getRuntime().availableProcessors();
    if (!Files.exists(input)) { // the posts bench ingest --posts N generates, N = limit
      try (java.io.OutputStream o = Files.newOutputStream(input)) {
        new dev.chorus.synthetic.SyntheticCampaign(42L, Math.max(1000, limit / 20)).write(o, limit);
      }
    }
    List<Post> posts = read(input, limit);
    PostDocuments documents = new PostDocuments();
    Map<String, Variant> variants = variants(documents);
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT and is not counted
      for (Map.Entry<String, Variant> v : variants.entrySet()) {
        double s = index(posts, v.getValue(), threads);
        if (round > 0) {
          seconds.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(s);
        }
      }
    }
    report(posts.size(), threads, seconds);
  }

  /** A way to make a post's document, and the analyser its text fields need. */
  private record Variant(Analyzer analyzer, DocumentOf document) {}

  private interface DocumentOf {
    Document of(Post post) throws IOException;
  }

  private static Map<String, Variant> variants(PostDocuments documents) {
    Map<String, Variant> v = new LinkedHashMap<>();
    v.put("bare", new Variant(new StandardAnalyzer(), DocumentCostExperiment::bare));
    DocumentOf chorus = post -> documents.toDocument(post, documents.body(post));
    v.put("chorus", new Variant(SearchAnalyzers.create(), chorus));
    v.put("chorus without the language's text field", without(chorus, f -> f.name().startsWith(
        PostDocuments.TEXT_PREFIX)));
    v.put("chorus without the keyword terms (filters)", without(chorus, f -> f instanceof StringField
        && !f.name().equals(PostDocuments.ID)));
    v.put("chorus without the facet doc values", without(chorus, f -> f.name().equals(
        FacetsConfig.DEFAULT_INDEX_FIELD_NAME)));
    v.put("chorus without the stored body and provenance", without(chorus, f -> f.name().equals(PostDocuments.BODY)
        || f.name().equals(PostDocuments.PROVENANCE)));
    v.put("chorus without the other doc values (version, hash, shares, created)", without(chorus, f ->
        f.fieldType().docValuesType() != org.apache.lucene.index.DocValuesType.NONE
            && !f.name().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)));
    v.put("chorus without all of these (id, text, created point)", without(chorus, f -> !(f.name().equals(
        PostDocuments.ID) || f.name().equals(PostDocuments.TEXT) || f.name().equals(PostDocuments.TITLE)
        || f instanceof LongPoint)));
    return v;
  }

  private static Variant without(DocumentOf chorus, Predicate<IndexableField> dropped) {
    return new Variant(SearchAnalyzers.create(), post -> {
      Document kept = new Document();
      for (IndexableField f : chorus.of(post)) {
        if (!dropped.test(f)) {
          kept.add(f);
        }
      }
      return kept;
    });
  }

  /** The document of {@code bench ingest}'s bare-Lucene baseline ({@code LuceneBaseline}). */
  private static Document bare(Post post) {
    long time = post.createdAt().toEpochMilli();
    Document doc = new Document();
    doc.add(new StringField("id", post.id(), Field.Store.YES));
    doc.add(new TextField("text", post.text(), Field.Store.NO));
    doc.add(new NumericDocValuesField("time", time));
    doc.add(new LongPoint("time", time));
    return doc;
  }

  private static List<Post> read(Path input, int limit) throws Exception {
    Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
    String file = input.getFileName().toString();
    java.time.Instant now = java.time.Instant.now();
    List<Post> posts = new ArrayList<>();
    SourceRegistry.loadDefault().require("x-api-v2").read(SourceInput.of(input), new RecordSink() {
      @Override
      public void post(long recordNumber, Post post) {
        if (posts.size() < limit) {
          // the provenance an ingest gives each post, stored beside the body
          posts.add(pseudonymizer.apply(post).toBuilder()
              .provenance(new Provenance(file, recordNumber, "x-api-v2", now, false)).build());
        }
      }

      @Override
      public void reject(long recordNumber, String reason, String rawExcerpt) {}
    });
    return posts;
  }

  /** CPU seconds of building and adding every post's document on {@code threads} threads, and of the one commit. */
  private static double index(List<Post> posts, Variant variant, int threads) throws Exception {
    Path dir = Files.createTempDirectory("document-cost-");
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpu = new AtomicLong();
    IndexWriterConfig config = new IndexWriterConfig(variant.analyzer()).setRAMBufferSizeMB(128);
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(d, config)) {
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker = new Thread(() -> {
          long start = THREADS.getCurrentThreadCpuTime();
          try {
            for (int i = next.getAndIncrement(); i < posts.size(); i = next.getAndIncrement()) {
              writer.addDocument(variant.document().of(posts.get(i)));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        });
        worker.start();
        workers.add(worker);
      }
      for (Thread w : workers) {
        w.join();
      }
      long start = THREADS.getCurrentThreadCpuTime();
      writer.commit(); // merges run on Lucene's own threads and are not counted, for any variant
      cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
    }
    deleteTree(dir);
    return cpu.get() / 1e9;
  }

  private static void report(int posts, int threads, Map<String, List<Double>> seconds) {
    double bare = median(seconds.get("bare"));
    double chorus = median(seconds.get("chorus"));
    System.out.printf("%,d posts, %d indexing threads, %s %s; CPU s to build and index every document and commit "
        + "(median of %d rounds [range]); ratio: bare's CPU over the variant's (the rate ratio by CPU)%n%n", posts,
        threads, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        seconds.get("bare").size());
    System.out.println("| document | CPU s [range] | ratio to bare | share of chorus's excess over bare |");
    System.out.println("|---|---|---|---|");
    seconds.forEach((name, s) -> {
      double m = median(s);
      String share = name.startsWith("chorus without") ? String.format("%.0f%%", 100 * (chorus - m) / (chorus - bare))
          : "";
      System.out.printf("| %s | %.2f [%.2f, %.2f] | %.2f | %s |%n", name, m, s.stream().mapToDouble(x -> x).min()
          .orElse(0), s.stream().mapToDouble(x -> x).max().orElse(0), bare / m, share);
    });
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
