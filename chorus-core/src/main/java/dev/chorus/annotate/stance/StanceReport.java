package dev.chorus.annotate.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Scores of a stance evaluation, as {@code chorus eval stance --json} prints them; all scores are fractions in [0,1].
 *
 * @param mode "train-test" or "cv-5"
 * @param metric how f_avg was computed
 * @param fAvg (F1(favor) + F1(against)) / 2, pooled or per target then averaged, see {@code metric}
 * @param f1 F1 per class
 * @param macroF1 mean F1 of the three classes
 * @param perTarget scores per target (target as named in the file)
 * @param n posts scored
 * @param ci95 95% bootstrap interval of f_avg (1000 resamples, seed 42)
 * @param skipped records without a stance cell in the input files
 * @param byThreshold coverage and accuracy of the predictions kept at each confidence threshold
 * @param seconds wall time of training and prediction
 */
@JsonPropertyOrder({"mode", "metric", "f_avg", "f1", "macro_f1", "per_target", "n", "ci95"})
public record StanceReport(String mode, String metric, @JsonProperty("f_avg") double fAvg, Map<String, Double> f1,
    @JsonProperty("macro_f1") double macroF1, @JsonProperty("per_target") Map<String, TargetScores> perTarget, int n,
    double[] ci95, int skipped, @JsonProperty("by_threshold") List<ThresholdPoint> byThreshold, double seconds) {

  /** Scores of one target. */
  public record TargetScores(@JsonProperty("f_avg") double fAvg, @JsonProperty("macro_f1") double macroF1, int n) {}

  /** What a confidence threshold keeps: the share of posts labelled (others "uncertain") and their accuracy. */
  public record ThresholdPoint(double threshold, double coverage, double accuracy) {}
}
