package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.annotate.AnnotationChain;
import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.classify.SentenceEmbedders;
import dev.chorus.codebook.CodebookLoader;
import dev.chorus.json.JsonConfig;
import dev.chorus.post.Annotations;
import dev.chorus.post.Post;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.xapi.XApiV2Source;
import dev.chorus.synthetic.SyntheticCampaign;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code chorus bench annotate --posts N [--models DIR]}: throughput of the analysis chain without the store — each
 * annotator alone on one thread, then the whole chain on all cores. Posts are synthetic, parsed through the X API v2
 * source and pseudonymised before timing starts.
 */
final class AnnotateBench {
  private static final int WARMUP_POSTS = 20_000;

  ObjectNode run(long n, Path modelsDir) throws Exception {
    List<Post> posts = generate(n);
    Pseudonymizer p = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
    AnnotationChain chain = AnnotationChain.load(new AnnotatorContext(CodebookLoader.loadDefault(), modelsDir, p));
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("posts", posts.size());
    ObjectNode single = o.putObject("one_thread_posts_per_second");
    for (Annotator a : chain.annotators()) {
      single.put(a.id(), Math.round(singleThread(a, posts)));
    }
    int threads = Runtime.getRuntime().availableProcessors();
    o.put("threads", threads);
    o.put("chain_posts_per_second", Math.round(allCores(chain, posts, threads)));
    o.set("annotators", JsonConfig.mapper().valueToTree(chain.annotators().stream().map(Annotator::id).toList()));
    o.set("unavailable", JsonConfig.mapper().valueToTree(chain.unavailable()));
    return o;
  }

  private static List<Post> generate(long n) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SyntheticCampaign(42L, (int) Math.max(1000, n / 20)).write(bytes, n);
    List<Post> out = new ArrayList<>();
    new XApiV2Source().read(SourceInput.ofBytes("bench", bytes.toByteArray()), new RecordSink() {
      @Override
      public void post(long recordNumber, Post post) {
        out.add(post);
      }

      @Override
      public void reject(long recordNumber, String reason, String rawExcerpt) {}
    });
    return out;
  }

  /** Posts per second of one annotator on one thread (after a warm-up pass), given the labels it requires. */
  private static double singleThread(Annotator a, List<Post> posts) {
    Annotations empty = Annotations.EMPTY;
    int warm = Math.min(WARMUP_POSTS, posts.size());
    for (int i = 0; i < warm; i++) {
      a.annotate(posts.get(i), empty);
    }
    SentenceEmbedders.forgetTexts(); // time the embedding model on these posts, not its cache from the warm-up
    long t = System.nanoTime();
    long sink = 0;
    for (Post post : posts) {
      sink += a.annotate(post, empty).labels().size();
    }
    double s = (System.nanoTime() - t) / 1e9;
    return sink >= 0 ? posts.size() / s : 0;
  }

  private static double allCores(AnnotationChain chain, List<Post> posts, int threads) throws Exception {
    for (int i = 0; i < Math.min(WARMUP_POSTS, posts.size()); i++) {
      chain.annotate(posts.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      SentenceEmbedders.forgetTexts();
      long t = System.nanoTime();
      List<Future<Long>> parts = new ArrayList<>();
      int size = (posts.size() + threads - 1) / threads;
      for (int k = 0; k < threads; k++) {
        List<Post> part = posts.subList(Math.min(posts.size(), k * size), Math.min(posts.size(), (k + 1) * size));
        parts.add(pool.submit(() -> part.stream().mapToLong(p -> chain.annotate(p).annotations().labels().size())
            .sum()));
      }
      for (Future<Long> f : parts) {
        f.get();
      }
      return posts.size() / ((System.nanoTime() - t) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }
}
