package dev.chorus.analysis.coordination;

import dev.chorus.analysis.coordination.coortweet.ShareTable;
import dev.chorus.analysis.coordination.network.ShareFacts;
import dev.chorus.analysis.coordination.textsimilarity.MinHasher;
import dev.chorus.analysis.coordination.textsimilarity.NearDuplicateIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Turns the shares of posts ({@link PostShare}, one kind) into the share table: one row per (post, object), content
 * id = post id, account = the author's pseudonym. For near-duplicate text, signatures are computed in parallel batches and rows are added at
 * {@link #table()} time, when the clusters are known; texts without a near-duplicate produce no row. Keeps per post
 * only what group statistics need. Mutable, one per analysis.
 */
final class PostShares implements Consumer<PostShare>, ShareFacts {
  private static final int SHINGLE = 5;
  private static final int HASHES = 128;
  private static final long MINHASH_SEED = 0x636f6f7264L;
  private static final int BATCH = 4096;
  /** The cohort dimension of the registry (declared by its annotator), null when none is registered. */

  private final ObjectKind kind;
  private final ShareTable.Builder rows = ShareTable.builder();
  private final List<PostFacts> posts = new ArrayList<>();
  private final Map<String, String> interned = new HashMap<>();
  private int[] rowPost = new int[1024];
  private final MinHasher hasher;
  private final NearDuplicateIndex texts;
  private final List<String> pendingTexts = new ArrayList<>();
  private final List<Integer> pendingPosts = new ArrayList<>();
  private int[] docPost = new int[1024];
  PostShares(ObjectKind kind, double similarity) {
    this.kind = kind;
    this.hasher = kind == ObjectKind.TEXT ? new MinHasher(HASHES, SHINGLE, MINHASH_SEED) : null;
    this.texts = kind == ObjectKind.TEXT ? new NearDuplicateIndex(hasher, similarity) : null;
  }

  /** What the table keeps per post. */
  private record PostFacts(String id, String account, long time, String lang, List<String> stances,
      List<String> frames, List<String> cohorts) {}

  @Override
  public void accept(PostShare share) {
    int p = remember(share);
    if ((p & 4095) == 0) {
      dev.chorus.store.QueryBudget.check(); // the request's budget, now and then while a million shares arrive
    }
    if (kind == ObjectKind.TEXT) {
      pendingTexts.add(share.objects().get(0));
      pendingPosts.add(p);
      if (pendingTexts.size() >= BATCH) {
        flushTexts();
      }
      return;
    }
    for (String o : share.objects()) {
      addRow(o, p);
    }
  }

  /** The share table; for text, clusters the texts first. Call once, after the last post. */
  ShareTable table() {
    if (kind == ObjectKind.TEXT) {
      flushTexts();
      int[] roots = texts.clusters();
      int[] sizes = new int[roots.length];
      for (int root : roots) {
        sizes[root]++;
      }
      for (int d = 0; d < roots.length; d++) {
        if (sizes[roots[d]] > 1) {
          addRow("text:" + posts.get(docPost[roots[d]]).id(), docPost[d]);
        }
      }
    }
    return rows.build();
  }

  private void flushTexts() {
    String[] batch = pendingTexts.toArray(String[]::new);
    int[][] sigs = new int[batch.length][];
    IntStream.range(0, batch.length).parallel().forEach(i -> sigs[i] = hasher.signature(batch[i]));
    for (int i = 0; i < batch.length; i++) {
      int doc = texts.addSignature(sigs[i]);
      if (doc >= 0) {
        if (doc >= docPost.length) {
          docPost = Arrays.copyOf(docPost, docPost.length * 2);
        }
        docPost[doc] = pendingPosts.get(i);
      }
    }
    pendingTexts.clear();
    pendingPosts.clear();
  }

  private int remember(PostShare share) {
    List<String> stances = share.stances().stream().map(this::intern).toList();
    List<String> frames = share.frames().stream().map(this::intern).toList();
    List<String> cohorts = share.cohorts().stream().map(this::intern).toList();
    posts.add(new PostFacts(share.postId(), intern(share.account()), share.epochSecond(),
        share.lang() == null ? null : intern(share.lang()), stances.isEmpty() ? List.of() : stances, frames, cohorts));
    return posts.size() - 1;
  }

  private void addRow(String object, int post) {
    PostFacts f = posts.get(post);
    if (rows.size() == rowPost.length) {
      rowPost = Arrays.copyOf(rowPost, rowPost.length * 2);
    }
    rowPost[rows.size()] = post;
    rows.add(object, f.account(), f.id(), f.time());
  }

  private String intern(String s) {
    return interned.computeIfAbsent(s, k -> k);
  }

  @Override
  public String postId(int row) {
    return posts.get(rowPost[row]).id();
  }

  @Override
  public String language(int row) {
    return posts.get(rowPost[row]).lang();
  }

  @Override
  public List<String> stances(int row) {
    return posts.get(rowPost[row]).stances();
  }

  @Override
  public List<String> frames(int row) {
    return posts.get(rowPost[row]).frames();
  }

  @Override
  public List<String> cohorts(int row) {
    return posts.get(rowPost[row]).cohorts();
  }
}
