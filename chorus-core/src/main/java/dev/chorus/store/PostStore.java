package dev.chorus.store;

import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.PostShare;
import dev.chorus.post.Post;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where posts live, opened by URL through {@link PostStores}. Upserts are idempotent by {@link Post#id()}: the same
 * post twice is one post, a newer version (edit) replaces an older one, an older copy never replaces a newer, and of
 * two different copies with the same version the one with the greater content hash wins, so any arrival order of the
 * same posts gives the same store. Nothing is durable until {@link #commit()} returns; after that, a crash loses
 * nothing. A store opened for reading follows the commits of another process (an ingest) within seconds.
 */
public interface PostStore extends Closeable {
  UpsertOutcome upsert(Post post) throws IOException;

  /**
   * Upserts several posts, in order, with the same rule as {@link #upsert}; returns their outcomes in the same order.
   * A store that talks to a server overrides it to send them in one round trip (a post given twice counts twice, as
   * two upserts would).
   */
  default java.util.List<UpsertOutcome> upsertAll(java.util.List<Post> posts) throws IOException {
    java.util.List<UpsertOutcome> out = new java.util.ArrayList<>(posts.size());
    for (Post p : posts) {
      out.add(upsert(p));
    }
    return out;
  }

  /**
   * Stores {@code post} with new labels ({@code chorus annotate} after a model or the codebook changed): it replaces
   * the stored copy when that is the same copy (same version and role) whatever its labels, which {@link #upsert}
   * would leave to the content hash (and so keep the old labels for about half of the posts); UNCHANGED when the
   * labels are the same, DUPLICATE when the store holds another copy (a later edit came in meanwhile, labelled at its
   * ingest) or none. See {@link VersionRule#relabelling}.
   */
  UpsertOutcome relabel(Post post) throws IOException;

  /** Makes every upsert so far durable and visible to queries; returns the number of posts in the store. */
  long commit() throws IOException;

  /**
   * Writes one buffer of upserts that are indexed but not yet written to files, on the calling thread, and returns
   * whether there was one; false for a store that buffers nothing (a server's). Nothing is committed or made visible:
   * the next {@link #commit()} holds exactly the same posts, it only has less left to write. The ingest's lanes call
   * it before each commit, so that the buffers are written on every core instead of by the committing thread alone.
   */
  default boolean writeBuffer() throws IOException {
    return false;
  }

  /** Posts in the store as of the last commit it sees, whatever their role. */
  long count() throws IOException;

  /** Matching posts as of the last commit it sees. */
  default long count(PostQuery query) throws IOException {
    return search(query, 1, SearchOrder.NEWEST).total();
  }

  /**
   * A number that changes whenever the posts this store shows change (a commit, here or by another process seen on
   * refresh), so that an answer cached with it never outlives the data it was computed from.
   */
  long generation() throws IOException;

  Optional<Post> get(String id) throws IOException;

  /** Matching posts, newest first or by relevance, at most {@code limit}: the first page. */
  default SearchPage search(PostQuery query, int limit, SearchOrder order) throws IOException {
    return search(query, limit, order, null);
  }

  /**
   * The page of at most {@code limit} matching posts after {@code after} (null: the first page), newest first (ties by
   * content hash) or by relevance (ties by content hash); its {@link SearchPage#next} starts the page after it.
   */
  SearchPage search(PostQuery query, int limit, SearchOrder order, SearchCursor after) throws IOException;

  /** Counts by platform, kind, language and day, time span and number of authors of the matching posts. */
  StoreStats stats(PostQuery query) throws IOException;

  /**
   * Matching posts per time bucket, split by the labels of one dimension ({@code platform}, {@code kind},
   * {@code lang}, {@code hashtag}, {@code domain}, {@code stance}, {@code frame}, {@code actor}, {@code cohort},
   * {@code call}, {@code addressee}, {@code source}), or
   * totals only when {@code dimension} is null.
   */
  TimeSeries timeSeries(PostQuery query, TimeSeries.Interval interval, String dimension) throws IOException;

  /**
   * The {@code top} most frequent labels of one facet dimension among the matching posts (same dimensions as
   * {@link #timeSeries}), largest first.
   */
  FacetCounts facetCounts(PostQuery query, String dimension, int top) throws IOException;

  /**
   * Calibrated stance shares of the matching posts per target ({@link StanceShares}). This default reads every
   * matching post whole; a store that keeps the probabilities beside the body sums them instead (same answer).
   */
  default java.util.Map<String, StanceShares.Target> stanceShares(PostQuery query) throws IOException {
    StanceShares.Tally tally = new StanceShares.Tally();
    forEach(query, tally);
    return tally.shares();
  }

  /** Streams every matching post, oldest first, without holding them all in memory. */
  void forEach(PostQuery query, Consumer<Post> consumer) throws IOException;

  /**
   * What coordination reads of the matching posts ({@link PostShare}): one for each post that shares at least one
   * object of {@code kind}, in {@link #forEach}'s order (oldest first, ties by content hash); returns the number of
   * matching posts, sharing or not. This default reads every matching post whole; a store that can keep the shares
   * apart (the embedded index, as doc values) overrides it to read only those, and only of the posts that share.
   */
  default long forEachShare(PostQuery query, ObjectKind kind, Consumer<PostShare> consumer) throws IOException {
    PostShare.FromPosts shares = new PostShare.FromPosts(kind, consumer);
    forEach(query, shares);
    return shares.posts();
  }

  /**
   * Why this store answers some queries differently from one built by this version (built with older analysers),
   * or empty when it is current. Read commands report it; {@link #reindex} fixes it.
   */
  default java.util.Optional<String> staleness() throws IOException {
    return java.util.Optional.empty();
  }

  /** Where the posts are written, for messages (a folder, a URL); "the store" when it has no such name. */
  default String location() {
    return "the store";
  }

  /** Rewrites every stored post with this version's analysis; returns the number of posts. */
  default long reindex() throws IOException {
    throw new UnsupportedOperationException("this store cannot be rewritten in place");
  }
}
