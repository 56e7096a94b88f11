package dev.chorus.annotate.stance;

import dev.chorus.classify.ReportedScore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.chorus.classify.Reliability;
import java.util.Map;

/**
 * The development protocol's estimate ({@link StanceDevProtocol}), as {@code chorus eval stance} prints it without
 * {@code --test}: the scores on the held-out later part (the {@link StanceReport} fields, {@code f_avg} and
 * {@code ci95} first), how they were obtained, what tuning chose, and how reliable the confidences were there.
 *
 * @param scores scores on the held-out part
 * @param protocol the protocol in words
 * @param trainN posts in the training part
 * @param chosen the setting chosen per target id, with its inner score
 * @param reliability calibration of the confidences on the held-out part
 * @param shuffledCv the shuffled stratified 5-fold CV figure beside it (may be null)
 * @param laterFile the estimate trained on the earlier files and tested on the last one (may be null)
 */
public record StanceDevReport(@JsonUnwrapped StanceReport scores, String protocol,
    @JsonProperty("train_n") int trainN, Map<String, Chosen> chosen, Reliability reliability,
    @JsonProperty("shuffled_cv") Summary shuffledCv, @JsonProperty("later_file") Summary laterFile) {

  StanceDevReport(StanceReport scores, String protocol, int trainN, Map<String, Chosen> chosen,
      Reliability reliability) {
    this(scores, protocol, trainN, chosen, reliability, null, null);
  }

  /**
   * A setting chosen for one target.
   *
   * @param setting its name
   * @param innerFAvg its F_avg on the inner held-out part (null when there was nothing to choose)
   * @param innerBest the best candidate's F_avg there
   * @param innerSe the standard error of the best
   * @param embeddings the embedding block's weight chosen after the setting, null without one
   */
  public record Chosen(String setting, @JsonProperty("inner_f_avg") Double innerFAvg,
      @JsonProperty("inner_best") Double innerBest, @JsonProperty("inner_se") Double innerSe,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      Embeddings embeddings,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      Double temperature) {
    static Chosen of(StanceTuning.Choice c) {
      return new Chosen(c.candidate().name(), ReportedScore.orNull(c.score()), ReportedScore.orNull(c.best()),
          ReportedScore.orNull(c.standardError()), c.embeddings() == null ? null : Embeddings.of(c.embeddings()),
          c.temperature() == 1.0 ? null : c.temperature());
    }
  }

  /**
   * The sentence-embedding block's weight chosen after the setting (absent without {@code --embeddings}).
   *
   * @param embedder the embedder's id
   * @param w the weight chosen, one for all targets (0: n-grams only)
   * @param innerFAvg its F_avg on the inner held-out part
   * @param innerBest the best weight's F_avg there
   * @param innerSe the standard error of the best
   */
  public record Embeddings(String embedder, double w, @JsonProperty("inner_f_avg") Double innerFAvg,
      @JsonProperty("inner_best") Double innerBest, @JsonProperty("inner_se") Double innerSe) {
    static Embeddings of(StanceTuning.Weight w) {
      return new Embeddings(w.embedder(), w.w(), ReportedScore.orNull(w.score()), ReportedScore.orNull(w.best()),
          ReportedScore.orNull(w.standardError()));
    }
  }

  /**
   * Another estimate in brief.
   *
   * @param mode how it was measured, e.g. "cv-5"
   * @param fAvg its F_avg
   * @param ci95 its 95% bootstrap interval
   * @param n posts scored
   */
  public record Summary(String mode, @JsonProperty("f_avg") double fAvg, double[] ci95, int n) {
    public static Summary of(StanceReport r) {
      return new Summary(r.mode(), r.fAvg(), r.ci95(), r.n());
    }

    public static Summary of(StanceDevReport r) {
      return of(r.scores());
    }
  }

  public StanceDevReport withShuffledCv(Summary s) {
    return new StanceDevReport(scores, protocol, trainN, chosen, reliability, s, laterFile);
  }

  public StanceDevReport withLaterFile(Summary s) {
    return new StanceDevReport(scores, protocol, trainN, chosen, reliability, shuffledCv, s);
  }
}
