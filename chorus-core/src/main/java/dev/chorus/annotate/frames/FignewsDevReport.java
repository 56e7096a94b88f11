package dev.chorus.annotate.frames;

import dev.chorus.classify.ReportedScore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The development protocol's estimate ({@link FignewsDevProtocol}), as {@code chorus eval frames} prints it without
 * {@code --test}: the scores on the held-out batches (the {@link FignewsReport} fields: {@code macro_f1}, and per label
 * set {@code macro_f1} with its {@code ci95}), the interval of the mean, how it was obtained, what tuning chose in each
 * fold and on the whole file, and the shuffled cross-validation of the fixed model options beside it.
 *
 * @param scores scores pooled over the outer folds' held-out batches
 * @param ci95 95% bootstrap interval of the mean macro-F1 (each label set's posts resampled)
 * @param protocol the protocol in words
 * @param folds what each outer fold held out and chose
 * @param chosenOnAll the setting the same tuning chooses on the whole file: the one to ship (null without tuning)
 * @param shuffledCv shuffled stratified cross-validation of the fixed model options (may be null)
 */
public record FignewsDevReport(@JsonUnwrapped FignewsReport scores, @JsonProperty("macro_f1_ci95") double[] ci95,
    String protocol, List<Fold> folds, @JsonProperty("chosen_on_all") Chosen chosenOnAll,
    @JsonProperty("shuffled_cv") FignewsReport shuffledCv) {

  /**
   * One outer fold.
   *
   * @param batches the batches it held out
   * @param trainN posts in its training batches
   * @param chosen the setting tuning chose on its training batches
   */
  public record Fold(List<String> batches, @JsonProperty("train_n") int trainN, Chosen chosen) {}

  /**
   * A chosen setting.
   *
   * @param setting its name
   * @param innerMacroF1 its mean macro-F1 on the inner held-out batches (null when there was nothing to choose)
   * @param innerBest the best candidate's score there
   * @param innerSe the standard error of the best
   */
  public record Chosen(String setting, @JsonProperty("inner_macro_f1") Double innerMacroF1,
      @JsonProperty("inner_best") Double innerBest, @JsonProperty("inner_se") Double innerSe) {
    static Chosen of(FignewsTuning.Choice c) {
      return new Chosen(c.candidate().name(), ReportedScore.orNull(c.score()), ReportedScore.orNull(c.best()),
          ReportedScore.orNull(c.standardError()));
    }
  }

  public FignewsDevReport withShuffledCv(FignewsReport cv) {
    return new FignewsDevReport(scores, ci95, protocol, folds, chosenOnAll, cv);
  }
}
