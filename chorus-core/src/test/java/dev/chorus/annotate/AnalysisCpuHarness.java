package dev.chorus.annotate;

import dev.chorus.hash.Sha256;
import dev.chorus.post.Annotations;
import dev.chorus.post.Post;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceReads;
import dev.chorus.source.SourceRegistry;
import dev.chorus.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Not a test: a main that measures the CPU time per post of pseudonymisation and of each annotator of the chain, on
 * one thread, over the posts of a file (e.g. the input {@code chorus bench ingest} writes), so that a change can be
 * measured on a shared, noisy machine (thread CPU time does not count the time other processes take). Prints, per
 * part, the best and the median of the repetitions in µs per post, and a digest of the outputs (equal digests before
 * and after a change: the same bytes out).
 *
 * <p>{@code java -cp <test class path> dev.chorus.annotate.AnalysisCpuHarness FILE|DIR [POSTS] [REPS]}
 */
public final class AnalysisCpuHarness {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private AnalysisCpuHarness() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Post> posts = read(file, limit);
    AnnotationChain chain = chain();
    Pseudonymizer pseudonymizer = pseudonymizer();
    List<Post> pseudonymised = new ArrayList<>(posts.size());
    posts.forEach(p -> pseudonymised.add(pseudonymizer.apply(p)));
    List<Annotator> annotators = chain.annotators();
    // the annotations each annotator receives, so that each can be timed alone
    Annotations[][] inputs = new Annotations[annotators.size()][posts.size()];
    StringBuilder digest = new StringBuilder();
    for (int i = 0; i < posts.size(); i++) {
      Post p = pseudonymised.get(i);
      Annotations a = p.annotations();
      for (int k = 0; k < annotators.size(); k++) {
        inputs[k][i] = a;
        a = annotators.get(k).annotate(p, a);
      }
      digest.append(Sha256.halfHex(p.toBuilder().annotations(a).build().toString()));
    }
    System.out.printf("posts %d, output digest %s%n", posts.size(), Sha256.halfHex(digest.toString()));
    time("pseudonymize", reps, posts.size(), () -> posts.forEach(pseudonymizer::apply));
    time("chain", reps, posts.size(), () -> pseudonymised.forEach(chain::annotate));
    for (int k = 0; k < annotators.size(); k++) {
      Annotator a = annotators.get(k);
      Annotations[] in = inputs[k];
      time("  " + a.id(), reps, posts.size(), () -> {
        for (int i = 0; i < in.length; i++) {
          a.annotate(pseudonymised.get(i), in[i]);
        }
      });
    }
  }

  /** The chain the ingest runs, of a fresh workspace with the bench's key (shared with other CPU harnesses). */
  public static AnnotationChain chain() throws java.io.IOException {
    Workspace ws = new Workspace(Files.createTempDirectory("cpu-harness-"));
    ws.create();
    return ws.annotationChain(Map.of("CHORUS_KEY", "bench-key-not-secret-0123456789"));
  }

  public static Pseudonymizer pseudonymizer() {
    return new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
  }

  /** The posts of {@code file}, or of every file under it that a source reads (e.g. the sources' test fixtures). */
  public static List<Post> read(Path file, int limit) throws Exception {
    List<Post> posts = new ArrayList<>();
    if (!Files.isDirectory(file)) {
      read(file, limit, posts);
      return posts;
    }
    List<Path> files;
    try (var walk = Files.walk(file)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      try {
        read(f, limit, posts);
      } catch (Exception e) {
        // not a post file of any source: skipped
      }
    }
    return posts;
  }

  private static void read(Path file, int limit, List<Post> posts) throws Exception {
    SourceInput input = SourceInput.of(file);
    SourceReads.read(SourceRegistry.loadDefault().detect(input), input, new RecordSink() {
      @Override
      public void post(long recordNumber, Post post) {
        if (posts.size() < limit) {
          posts.add(post);
        }
      }

      @Override
      public void reject(long recordNumber, String reason, String rawExcerpt) {}
    });
  }

  /** One warm-up, then {@code reps} timed runs; the CPU time of this thread only. */
  private static void time(String name, int reps, int posts, Runnable work) {
    work.run();
    double[] micros = new double[reps];
    for (int r = 0; r < reps; r++) {
      long t = CPU.getCurrentThreadCpuTime();
      work.run();
      micros[r] = (CPU.getCurrentThreadCpuTime() - t) / 1e3 / posts;
    }
    Arrays.sort(micros);
    System.out.printf("%-16s best %7.2f  median %7.2f µs/post%n", name, micros[0], micros[reps / 2]);
  }
}
