package dev.chorus.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.bwaldvogel.liblinear.Feature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained text classifier: normaliser, feature space, one or more linear scorers and their calibration. Immutable
 * and thread-safe. Saved as one gzip file: a magic line, a JSON header (labels, settings, calibration), then the
 * feature hashes with idf and the weights.
 */
public final class TextClassifier {
  /** 2: texts folded by {@code TextFolding} (format 1 folded Arabic letters to ي, so its features no longer match). */
  private static final String MAGIC = "chorus-text-classifier/2";
  private static final String MAGIC_BEFORE_TEXT_FOLDING = "chorus-text-classifier/1";
  // the model file's header, a file format of its own (plain Jackson defaults, as in the models already written)
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final List<String> labels;
  private final TrainingSettings settings;
  private final FeatureSpace space;
  private final List<LinearScorer> scorers;
  private final SoftmaxCalibration calibration;
  private final double[] decisionWeights;
  /** The sentence-embedding block after the n-grams, null for n-grams only. */
  private final EmbeddingBlock embedding;

  TextClassifier(List<String> labels, TrainingSettings settings, FeatureSpace space, List<LinearScorer> scorers,
      SoftmaxCalibration calibration, double[] decisionWeights) {
    this(labels, settings, space, scorers, calibration, decisionWeights, null);
  }

  TextClassifier(List<String> labels, TrainingSettings settings, FeatureSpace space, List<LinearScorer> scorers,
      SoftmaxCalibration calibration, double[] decisionWeights, EmbeddingBlock embedding) {
    this.embedding = embedding;
    this.labels = List.copyOf(labels);
    this.settings = settings;
    this.space = space;
    this.scorers = List.copyOf(scorers);
    this.calibration = calibration;
    this.decisionWeights = decisionWeights.clone();
  }

  public List<String> labels() {
    return labels;
  }

  public TrainingSettings settings() {
    return settings;
  }

  /** The label picked by the decision weights, with its calibrated probability as confidence. */
  public Prediction predict(String text) {
    double[] p = probabilities(text);
    int best = DecisionWeights.argmax(p, decisionWeights);
    Map<String, Double> byLabel = new LinkedHashMap<>();
    for (int c = 0; c < p.length; c++) {
      byLabel.put(labels.get(c), p[c]);
    }
    return new Prediction(labels.get(best), p[best], byLabel);
  }

  /** Whether the label is the most probable one (decision weights all 1), so that tempering changes no label. */
  public boolean picksMostProbable() {
    return java.util.Arrays.stream(decisionWeights).allMatch(w -> w == 1.0);
  }

  /**
   * The same model with its confidences tempered ({@link SoftmaxCalibration#tempered}): the labels stay, the
   * probabilities move toward uniform for {@code t} above 1. Only for a model that {@link #picksMostProbable}: decision
   * weights were fitted to the untempered probabilities.
   */
  public TextClassifier tempered(double t) {
    if (t == 1.0) {
      return this;
    }
    if (!picksMostProbable()) {
      throw new IllegalStateException("a model with decision weights cannot be tempered without changing its labels");
    }
    return new TextClassifier(labels, settings, space, scorers, calibration.tempered(t),
        decisionWeights, embedding);
  }

  /**
   * The same model picking the most probable label (decision weights all 1, settings without focus labels), for a
   * tuning that compares both ways of deciding on one trained model.
   */
  public TextClassifier withoutDecisionWeights() {
    double[] ones = new double[labels.size()];
    java.util.Arrays.fill(ones, 1.0);
    return new TextClassifier(labels, settings.withFocusLabels(null), space, scorers, calibration, ones,
        embedding);
  }

  /**
   * The same model picking the label of the highest raw score (the linear models' own decision, as liblinear would
   * predict): decision weights exp(−bias) undo the calibration's class biases, which carry the training file's label
   * mix, so only the scores decide. Confidences stay the calibrated probabilities. With several scorers (an ensemble)
   * the calibration's scales combine them as before.
   */
  public TextClassifier withRawDecision() {
    double[] w = new double[labels.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = Math.exp(-calibration.biases()[c]);
    }
    return new TextClassifier(labels, settings.withFocusLabels(null), space, scorers, calibration, w,
        embedding);
  }

  /** Calibrated probability of each label, in {@link #labels()} order. */
  public double[] probabilities(String text) {
    return probabilities(features(text));
  }

  /** The feature vector of a text (normalised as in training), with its sentence embedding after it if any. */
  public Feature[] features(String text) {
    Feature[] x = space.vectorize(settings.normalizer().normalize(text));
    return embedding == null ? x : embedding.append(x, embedding.unit(text), space.size());
  }

  /**
   * Whether {@code other} builds the same feature vector from every text, so that one vector can be scored by both
   * (one-vs-rest models trained on the same texts: the frames).
   */
  public boolean sharesFeaturesWith(TextClassifier other) {
    return settings.normalizer().equals(other.settings.normalizer()) && space.sameAs(other.space)
        && java.util.Objects.equals(embedding == null ? null : embedding.saved(),
            other.embedding == null ? null : other.embedding.saved());
  }

  /** Calibrated probability of each label for a vector from {@link #features}. */
  public double[] probabilities(Feature[] x) {
    double[][] s = new double[scorers.size()][];
    for (int m = 0; m < s.length; m++) {
      s[m] = scorers.get(m).scores(x);
    }
    return calibration.apply(s);
  }

  /** Header of the file: everything but the arrays; the embedding block is left out (not null) when there is none. */
  record Header(String format, List<String> labels, TrainingSettings settings, SoftmaxCalibration calibration,
      double[] decisionWeights, int scorers,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      EmbeddingBlock.Saved embedding) {}

  public void save(Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os)))) {
      out.writeUTF(MAGIC);
      byte[] header = JSON.writeValueAsBytes(new Header(MAGIC, labels, settings, calibration, decisionWeights,
          scorers.size(), embedding == null ? null : embedding.saved()));
      out.writeInt(header.length);
      out.write(header);
      space.write(out);
      for (LinearScorer s : scorers) {
        s.write(out);
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  public static TextClassifier load(Path file) throws IOException {
    try (InputStream is = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is)))) {
      String magic = in.readUTF();
      if (MAGIC_BEFORE_TEXT_FOLDING.equals(magic)) {
        throw new IOException(file + ": trained by an older Chorus whose text folding differs (format " + magic
            + ", expected " + MAGIC + "); train it again (chorus train stance / chorus train frames)");
      }
      if (!MAGIC.equals(magic)) {
        throw new IOException(file + ": not a chorus text classifier");
      }
      byte[] header = new byte[in.readInt()];
      in.readFully(header);
      Header h = JSON.readValue(header, Header.class);
      FeatureSpace space = FeatureSpace.read(h.settings().features(), in);
      List<LinearScorer> scorers = new ArrayList<>();
      for (int i = 0; i < h.scorers(); i++) {
        scorers.add(LinearScorer.read(in));
      }
      EmbeddingBlock block = h.embedding() == null ? null : EmbeddingBlock.load(h.embedding(), file.toString());
      return new TextClassifier(h.labels(), h.settings(), space, scorers, h.calibration(),
          h.decisionWeights(), block);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new IOException(file + ": not a chorus text classifier (" + e.getMessage() + ")", e);
    }
  }
}
