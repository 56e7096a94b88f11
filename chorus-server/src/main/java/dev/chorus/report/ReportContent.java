package dev.chorus.report;

import dev.chorus.analysis.coverage.CoverageReport;
import dev.chorus.post.Post;
import dev.chorus.store.StoreStats;
import dev.chorus.analysis.trends.Trends;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows, computed before anything is written.
 *
 * @param filters the filters as given (name to value), in the API's names
 * @param stats counts of the matching posts
 * @param volume posts per day by language, with the codebook's events and flagged surges
 * @param coverage what the data covers
 * @param newest the newest matching posts, shown as examples
 * @param method how the labels were made
 * @param provenance what produced the report, and from what
 */
public record ReportContent(Map<String, String> filters, StoreStats stats, Trends volume, CoverageReport coverage,
    List<Post> newest, Method method, Provenance provenance) {

  /**
   * @param codebookVersion version of the workspace's codebook
   * @param debate the debate the codebook describes
   * @param annotators the annotators of the analysis chain
   * @param unavailable annotators that could not run, with the reason
   * @param models files of trained models and their cards in the workspace
   * @param measured per model card, its label key and what it was measured to score ({@link MeasuredScores})
   */
  public record Method(String codebookVersion, String debate, List<AnnotatorInfo> annotators,
      Map<String, String> unavailable, List<FileDigest> models, List<String> measured) {}

  /** One annotator: id, version, model hash (null for rules) and the keys it writes. */
  public record AnnotatorInfo(String id, String version, String modelHash, List<String> produces) {}

  /**
   * @param version Chorus version
   * @param generatedAt time of the run
   * @param workspace the workspace folder
   * @param indexFiles the index files the figures were computed from, with their SHA-256
   */
  public record Provenance(String version, Instant generatedAt, Path workspace, List<FileDigest> indexFiles) {}
}
