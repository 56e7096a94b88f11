package dev.chorus.analysis.coordination;

import dev.chorus.analysis.coordination.coortweet.CoortweetDetector;
import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import dev.chorus.analysis.coordination.coortweet.DetectionSummary;
import dev.chorus.analysis.coordination.coortweet.PairCsvWriter;
import dev.chorus.analysis.coordination.coortweet.ShareTable;
import dev.chorus.analysis.coordination.coortweet.ShareTableCsv;
import dev.chorus.analysis.coordination.network.CoShareAccumulator;
import dev.chorus.analysis.coordination.network.CoordinatedGroup;
import dev.chorus.analysis.coordination.network.CoordinationNetwork;
import dev.chorus.analysis.coordination.network.GroupStatistics;
import dev.chorus.analysis.coordination.network.NetworkFacts;
import dev.chorus.post.Post;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Coordinated sharing detection, for the CLI and the HTTP API alike: the CooRTweet-compatible table mode (CSV in,
 * CSV of coordinated pairs out) and the workspace mode (posts in, account network and groups out). Stateless and
 * thread-safe.
 */
public final class CoordinationService {
  private final CoortweetDetector detector = new CoortweetDetector();

  /** Where posts come from: a store query, a list in a test. */
  @FunctionalInterface
  public interface PostSource {
    void forEach(Consumer<Post> consumer) throws IOException;
  }

  /**
   * What a table-mode run did.
   *
   * @param summary the pairs written
   * @param readSeconds reading and interning the input
   * @param detectSeconds detection and writing the output
   */
  public record TableRun(DetectionSummary summary, double readSeconds, double detectSeconds) {
    public double seconds() {
      return readSeconds + detectSeconds;
    }
  }

  /** CooRTweet's {@code detect_groups} on a share-table CSV, result streamed to {@code out}. */
  public TableRun detectTable(Path input, DetectionParameters parameters, Path out) throws IOException {
    long t0 = System.nanoTime();
    ShareTable table = ShareTableCsv.read(input);
    long t1 = System.nanoTime();
    DetectionSummary summary = detectTable(table, parameters, out);
    return new TableRun(summary, (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
  }

  public DetectionSummary detectTable(ShareTable table, DetectionParameters parameters, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        PairCsvWriter pairs = new PairCsvWriter(table, w)) {
      return detector.detect(table, parameters, pairs);
    }
  }

  /**
   * The workspace analysis over the posts of a store matching the request's query. The store hands over only what the
   * analysis reads of the posts that share something of the kind ({@link PostStore#forEachShare}), not whole posts.
   */
  public CoordinationReport analyse(PostStore store, CoordinationRequest request) throws IOException {
    long t0 = System.nanoTime();
    PostShares shares = new PostShares(request.by(), request.similarity());
    long read = store.forEachShare(request.query(), request.by(), shares);
    return report(request, shares, read, t0);
  }

  /** The workspace analysis over any posts, oldest first or not (the detector sorts). */
  public CoordinationReport analyse(PostSource source, CoordinationRequest request) throws IOException {
    long t0 = System.nanoTime();
    PostShares shares = new PostShares(request.by(), request.similarity());
    PostShare.FromPosts posts = new PostShare.FromPosts(request.by(), shares);
    source.forEach(posts);
    return report(request, shares, posts.posts(), t0);
  }

  private CoordinationReport report(CoordinationRequest request, PostShares shares, long postsRead, long t0)
      throws IOException {
    ShareTable table = shares.table();
    CoShareAccumulator pairs = new CoShareAccumulator(table);
    DetectionSummary detection = detector.detect(table,
        new DetectionParameters(request.timeWindow(), request.minParticipation(), true), pairs);
    CoordinationNetwork network = CoordinationNetwork.build(table, pairs, request.threshold(), request.community());
    List<CoordinatedGroup> groups = new GroupStatistics().describe(network, table, pairs, shares);
    NetworkFacts facts = NetworkFacts.of(network, table, pairs, shares);
    return new CoordinationReport(request, postsRead, table.size(), detection, network, groups, facts,
        (System.nanoTime() - t0) / 1e9);
  }
}
