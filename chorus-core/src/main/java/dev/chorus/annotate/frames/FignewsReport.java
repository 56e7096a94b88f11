package dev.chorus.annotate.frames;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Scores of a FIGNEWS-2024 evaluation as {@code chorus eval frames --format fignews --json} prints them; scores are
 * fractions in [0,1].
 *
 * @param mode "train-test" or "cv-5"
 * @param method how classes are predicted (ovr, softmax, softmax-f1)
 * @param fields which text the models read (text, mt, both)
 * @param macroF1 mean of the label sets' macro-F1
 * @param bias the bias label set
 * @param propaganda the propaganda label set
 * @param seconds wall time
 */
@JsonPropertyOrder({"mode", "method", "fields", "macro_f1", "bias", "propaganda", "seconds"})
public record FignewsReport(String mode, String method, String fields, @JsonProperty("macro_f1") double macroF1,
    LabelSetScores bias, LabelSetScores propaganda, double seconds) {

  /**
   * Scores of one label set.
   *
   * @param macroF1 mean F1 of {@code classes}
   * @param f1 F1 per class
   * @param n posts scored
   * @param ci95 95% percentile bootstrap interval of macro-F1 (1000 resamples, seed 42)
   * @param classes the classes learnt and scored
   * @param perLanguage macro-F1 within each language, over the classes present there (gold or predicted)
   * @param left out rows without a gold label ({@code no_label}) or of a class too rare to learn, by reason
   */
  @JsonPropertyOrder({"macro_f1", "f1", "n", "ci95", "classes", "per_language", "left_out"})
  public record LabelSetScores(@JsonProperty("macro_f1") double macroF1, Map<String, Double> f1, int n, double[] ci95,
      List<String> classes, @JsonProperty("per_language") Map<String, LanguageScores> perLanguage,
      @JsonProperty("left_out") Map<String, Integer> left) {}

  /** Macro-F1 and size of one language. */
  public record LanguageScores(@JsonProperty("macro_f1") double macroF1, int n) {}
}
