package dev.chorus.store.lucene;

import dev.chorus.post.Post;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The text chains alone, for {@link IndexingCostHarness}: each post's token streams consumed as the indexer does, in
 * µs per post over all posts: the {@code text} chain (text and title), the post's language chain ({@code text_xx},
 * title and text, on the posts that have one), the standard analyser on the text (the baseline's), and the first
 * stages of the {@code text} chain alone (ICU segmentation; then ICU folding), to see which stage costs.
 */
final class TokenStreamCost {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private TokenStreamCost() {}

  interface PerPost {
    int tokens(Post post) throws IOException;
  }

  static void print(List<Post> posts, Analyzer store, Analyzer standard, int reps) throws IOException {
    Analyzer segmentation = stages(false);
    Analyzer folded = stages(true);
    long withLanguage = posts.stream().filter(p -> PostDocuments.languageField(p) != null).count();
    System.out.printf("%ntoken streams (µs per post over all %d posts; %d have a text_xx field)%n", posts.size(),
        withLanguage);
    time("text+title chain", posts, reps, p -> IndexingCostHarness.consume(store.tokenStream(PostDocuments.TEXT,
        p.text())) + (p.title() == null ? 0
            : IndexingCostHarness.consume(store.tokenStream(PostDocuments.TITLE, p.title()))));
    time("text_xx chain", posts, reps, p -> {
      String field = PostDocuments.languageField(p);
      return field == null ? 0 : IndexingCostHarness.consume(store.tokenStream(field, p.titleAndText()));
    });
    time("standard (baseline)", posts, reps, p -> IndexingCostHarness.consume(standard.tokenStream("text",
        p.text())));
    time("  ICU segmentation", posts, reps, p -> IndexingCostHarness.consume(segmentation.tokenStream("text",
        p.text())));
    time("  + ICU folding", posts, reps, p -> IndexingCostHarness.consume(folded.tokenStream("text", p.text())));
  }

  /** The {@code text} chain's char filter and tokenizer, with or without ICU folding after it. */
  private static Analyzer stages(boolean folding) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new PersianCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        return new TokenStreamComponents(t, folding ? new ICUFoldingFilter(t) : t);
      }
    };
  }

  private static void time(String name, List<Post> posts, int reps, PerPost work) throws IOException {
    double[] micros = new double[reps];
    long tokens = 0;
    for (int r = -IndexingCostHarness.WARMUPS; r < reps; r++) {
      long t = CPU.getCurrentThreadCpuTime();
      tokens = 0;
      for (Post p : posts) {
        tokens += work.tokens(p);
      }
      if (r >= 0) {
        micros[r] = (CPU.getCurrentThreadCpuTime() - t) / 1e3 / posts.size();
      }
    }
    System.out.printf("%-20s best %7.2f  median %7.2f  max %7.2f µs/post  (%.1f tokens/post)%n", name,
        IndexingCostHarness.min(micros), IndexingCostHarness.median(micros), IndexingCostHarness.max(micros),
        (double) tokens / posts.size());
  }
}
