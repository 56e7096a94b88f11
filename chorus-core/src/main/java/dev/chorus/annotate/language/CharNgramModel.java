package dev.chorus.annotate.language;

import dev.chorus.hash.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The character 1- to 3-gram weights of Apache OpenNLP's language-detection model (langdetect-183, Apache-2.0, read
 * from the class path, never downloaded), kept only for the few languages a caller asks about.
 *
 * <p>Why not call OpenNLP's detector: it scores all 103 languages of the model for every post (~200 µs). A post of the
 * languages we watch only needs a handful of them, so the weights of those are copied once into a compact table keyed
 * by the n-gram packed into a long, and scoring becomes a few hundred array lookups. The maths is the model's own: a
 * maximum-entropy (GIS) model whose score for a language is the sum of the weights of the distinct n-grams of the
 * lower-cased text; restricted to our languages and normalised with a softmax it is that model's probability
 * conditioned on "one of these languages". Immutable and thread-safe.
 */
final class CharNgramModel {
  static final String RESOURCE = "langdetect-183.bin";

  private final List<String> languages;
  private final NgramWeights weights;
  private final String sha256;

  private CharNgramModel(List<String> languages, NgramWeights weights, String sha256) {
    this.languages = languages;
    this.weights = weights;
    this.sha256 = sha256;
  }

  /**
   * Reads the model from the class path once and keeps, for each group, the languages of that group.
   *
   * @param groups for each group, the ISO 639-3 code of each outcome of the model to keep (e.g. "eng") mapped to
   *     the label to report, in the order scores are wanted
   */
  static List<CharNgramModel> load(List<Map<String, String>> groups) throws IOException {
    byte[] bytes;
    try (InputStream in = CharNgramModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("class-path resource " + RESOURCE + " not found (opennlp-models-langdetect jar missing)");
      }
      bytes = in.readAllBytes();
    }
    AbstractModel model = (AbstractModel) new LanguageDetectorModel(new ByteArrayInputStream(bytes)).getMaxentModel();
    Object[] data = model.getDataStructures();
    String hash = Sha256.hex(bytes);
    List<CharNgramModel> out = new java.util.ArrayList<>();
    for (Map<String, String> codes : groups) {
      out.add(restrict(data, codes, hash));
    }
    return List.copyOf(out);
  }

  private static CharNgramModel restrict(Object[] data, Map<String, String> codes, String hash) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    List<String> outcomes = List.of((String[]) data[2]);
    List<String> iso3 = List.copyOf(codes.keySet());
    int[] column = new int[outcomes.size()];
    java.util.Arrays.fill(column, -1);
    for (int j = 0; j < iso3.size(); j++) {
      int o = outcomes.indexOf(iso3.get(j));
      if (o < 0) {
        throw new IOException(RESOURCE + " has no language " + iso3.get(j));
      }
      column[o] = j;
    }
    NgramWeights.Builder table = new NgramWeights.Builder(iso3.size());
    predicates.forEach((gram, context) -> table.add(gram, context.getOutcomes(), context.getParameters(), column));
    return new CharNgramModel(iso3.stream().map(codes::get).toList(), table.build(), hash);
  }

  /** The labels of the kept languages, in the order of {@link #scores}. */
  List<String> languages() {
    return languages;
  }

  /** SHA-256 of the model file, for the annotator's stamp. */
  String sha256() {
    return sha256;
  }

  /**
   * Probability of each kept language for the text (softmax over the kept languages), in the order of
   * {@link #languages()}; a uniform distribution when no n-gram is known.
   *
   * @param sharpness multiplies the model's scores before the softmax: the GIS weights of langdetect-183 are small,
   *     so its probabilities are flat (the best of 103 languages gets ~3%) although its ranking is right;
   *     sharpening makes them usable as confidences
   */
  double[] scores(CharSequence text, double sharpness) {
    double[] sum = weights.sumOfDistinctNgrams(text);
    for (int j = 0; j < sum.length; j++) {
      sum[j] *= sharpness;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double s : sum) {
      max = Math.max(max, s);
    }
    double total = 0;
    for (int j = 0; j < sum.length; j++) {
      sum[j] = Math.exp(sum[j] - max);
      total += sum[j];
    }
    for (int j = 0; j < sum.length; j++) {
      sum[j] /= total;
    }
    return sum;
  }
}
