package dev.chorus.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * What a saved model was trained on and how well it did, stored as JSON next to the model so any label can be traced
 * to its data: training file and its SHA-256, size and label counts, date, settings, threshold, cross-validated
 * scores, and the SHA-256 of the model file (the model hash in annotator stamps).
 *
 * @param name what the model predicts, e.g. "stance:hillary-clinton"
 * @param trainingFile the labelled file it was trained on, by its name only (the SHA-256 identifies its content)
 * @param trainingSha256 SHA-256 of that file
 * @param examples number of training texts
 * @param labelCounts training texts per label
 * @param trainedAt when
 * @param settings training settings
 * @param threshold below this calibrated probability the annotator says "uncertain"
 * @param crossValidation cross-validated scores on the training data (metric name → value), may be empty
 * @param modelSha256 SHA-256 of the model file
 * @param development how the settings were chosen and what they are expected to score on new posts; null for
 *     models trained without the development protocol
 * @param temperature what the calibrated confidences were divided by ({@link TemperatureScaling}, fitted on a
 *     blocked split of the training file); null when they were not
 */
public record ModelCard(String name, String trainingFile, String trainingSha256, int examples,
    Map<String, Integer> labelCounts, Instant trainedAt, TrainingSettings settings, double threshold,
    Map<String, Double> crossValidation, String modelSha256,
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    Development development,
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    Double temperature) {
  /**
   * The development protocol's record in a card.
   *
   * @param protocol the protocol in words
   * @param chosen the setting that tuning chose for this model
   * @param estimate the protocol's scores: the whole file's metric with its 95% interval (stance: {@code f_avg},
   *     {@code ci95_low}, {@code ci95_high}, and this model's own {@code target_f_avg}, {@code target_n}; frames:
   *     FIGNEWS {@code macro_f1} with {@code ci95_low}, {@code ci95_high}, {@code bias_macro_f1},
   *     {@code propaganda_macro_f1})
   * @param reliability calibration of the confidences on the protocol's held-out posts (all targets pooled); may be
   *     null
   */
  public record Development(String protocol, String chosen, Map<String, Double> estimate, Reliability reliability) {
    public Development {
      estimate = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(estimate));
    }
  }

  /** A card whose confidences were not tempered. */
  public ModelCard(String name, String trainingFile, String trainingSha256, int examples,
      Map<String, Integer> labelCounts, Instant trainedAt, TrainingSettings settings, double threshold,
      Map<String, Double> crossValidation, String modelSha256, Development development) {
    this(name, trainingFile, trainingSha256, examples, labelCounts, trainedAt, settings, threshold, crossValidation,
        modelSha256, development, null);
  }

  /** A card without a development record. */
  public ModelCard(String name, String trainingFile, String trainingSha256, int examples,
      Map<String, Integer> labelCounts, Instant trainedAt, TrainingSettings settings, double threshold,
      Map<String, Double> crossValidation, String modelSha256) {
    this(name, trainingFile, trainingSha256, examples, labelCounts, trainedAt, settings, threshold, crossValidation,
        modelSha256, null);
  }

  // the card file format (camelCase, indented for reading in an editor), shared with cards already written; not
  // JsonConfig, whose naming would rename the fields of existing cards
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();

  public ModelCard {
    // the name, not the path: a card is shown on the page and in reports, and a full path would show the analyst's
    // folders (often with a user name) to whoever reads it; a card written before shows its file's name too when read
    trainingFile = trainingFile == null ? null
        : trainingFile.substring(Math.max(trainingFile.lastIndexOf('/'), trainingFile.lastIndexOf('\\')) + 1);
    // sorted, so the card lists labels and scores in the same order on every run (Map.copyOf's order changes
    // from one JVM to the next)
    labelCounts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labelCounts));
    crossValidation = java.util.Collections.unmodifiableMap(
        new java.util.TreeMap<>(crossValidation == null ? Map.of() : crossValidation));
  }

  /** The card's file beside a model file: {@code x.model} → {@code x.card.json}. */
  public static Path cardFile(Path modelFile) {
    String name = modelFile.getFileName().toString().replaceFirst("\\.model$", "");
    return modelFile.resolveSibling(name + ".card.json");
  }

  public void save(Path file) throws IOException {
    Files.write(file, JSON.writeValueAsBytes(this));
  }

  public static ModelCard load(Path file) throws IOException {
    return JSON.readValue(file.toFile(), ModelCard.class);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
