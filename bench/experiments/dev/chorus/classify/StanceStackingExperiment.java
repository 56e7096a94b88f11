package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Experiment, not product code (run by bench/stance-experiments.sh): does a stacked combination of the default stance
 * models with models of the datasets' auxiliary labels (sentiment, sarcasm, SemEval's "opinion towards") beat the
 * default calibration? Same 5 folds (seed 42, stratified by target and stance) and the same NB-SVM settings as
 * {@code chorus eval stance}; the auxiliary labels are used for training only, never read at test time.
 *
 * <p>Arguments: {@code semeval|mawqif FILE... [--stack] [--aux sentiment,sarcasm] [--min-confidence X] [--l2 X]}.
 */
public final class StanceStackingExperiment {
  private static final List<String> STANCES = List.of("against", "favor", "none");

  /** A labelled post; aux holds the class index of each auxiliary label set (-1 when the dataset lacks it). */
  record Row(String text, String target, int stance, int[] aux, double confidence) {}

  private StanceStackingExperiment() {}

  public static void main(String[] args) throws IOException {
    Linear.disableDebugOutput();
    boolean semeval = args[0].equals("semeval");
    List<Path> files = new ArrayList<>();
    boolean stack = false;
    List<Integer> aux = new ArrayList<>();
    double minConfidence = 0;
    double l2 = 1e-3;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--stack" -> stack = true;
        case "--aux" -> Arrays.stream(args[++i].split(",")).forEach(a -> aux.add(List.of("sentiment", "sarcasm",
            "opinion").indexOf(a)));
        case "--min-confidence" -> minConfidence = Double.parseDouble(args[++i]);
        case "--l2" -> l2 = Double.parseDouble(args[++i]);
        default -> files.add(Path.of(args[i]));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Path f : files) {
      rows.addAll(semeval ? readSemeval(f) : readMawqif(f));
    }
    double[] result = crossValidate(rows, stack, aux, minConfidence, l2);
    System.out.printf(Locale.ROOT, "%s %s: F_avg pooled %.4f, per target averaged %.4f%n", args[0],
        String.join(" ", Arrays.copyOfRange(args, 1 + files.size(), args.length)), result[0], result[1]);
  }

  static double[] crossValidate(List<Row> all, boolean stack, List<Integer> aux, double minConfidence, double l2) {
    List<String> targets = all.stream().map(Row::target).distinct().sorted().toList();
    int[] fold = StratifiedFolds.assign(all.stream().map(e -> e.target() + "\u0000" + STANCES.get(e.stance()))
        .toList(), 5, 42);
    TrainingSettings settings = TrainingSettings.standard().withSolver(TrainingSettings.Solver.NBSVM).withC(0.1)
        .withFocusLabels(List.of("favor", "against"));
    List<int[]> outcomes = new ArrayList<>(); // gold, predicted, target
    for (int f = 0; f < 5; f++) {
      List<Row> train = new ArrayList<>();
      List<Row> test = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (fold[i] == f) {
          test.add(all.get(i));
        } else if (all.get(i).confidence() >= minConfidence) {
          train.add(all.get(i));
        }
      }
      outcomes.addAll(oneFold(train, test, targets, settings, stack, aux, l2));
    }
    double sum = 0;
    for (int t = 0; t < targets.size(); t++) {
      final int target = t;
      sum += fAvg(outcomes.stream().filter(o -> o[2] == target).toList());
    }
    return new double[] {fAvg(outcomes), sum / targets.size()};
  }

  private static List<int[]> oneFold(List<Row> train, List<Row> test, List<String> targets,
      TrainingSettings settings, boolean stack, List<Integer> aux, double l2) {
    ClassifierTrainer base = new ClassifierTrainer(settings);
    FeatureSpace space = FeatureSpace.fit(settings.features(),
        train.stream().map(r -> settings.normalizer().normalize(r.text())).toList());
    int n = space.size();
    int domains = targets.size();
    int width = n * (1 + domains) + domains;
    Feature[][] plainTrain = vectors(train, space, settings);
    Feature[][] plainTest = vectors(test, space, settings);
    int[] domTrain = train.stream().mapToInt(r -> targets.indexOf(r.target())).toArray();
    int[] domTest = test.stream().mapToInt(r -> targets.indexOf(r.target())).toArray();
    Feature[][] jointTrain = augmented(plainTrain, domTrain, n, domains);
    Feature[][] jointTest = augmented(plainTest, domTest, n, domains);
    int[] y = train.stream().mapToInt(Row::stance).toArray();
    List<double[][][]> blocks = new ArrayList<>();
    blocks.add(block(base, jointTrain, jointTest, y, domTrain, 3, width));
    blocks.add(block(base, ownCopy(jointTrain), ownCopy(jointTest), y, domTrain, 3, width));
    for (int a : aux) {
      int[] ya = train.stream().mapToInt(r -> r.aux()[a]).toArray();
      blocks.add(block(base, plainTrain, plainTest, ya, domTrain, Arrays.stream(ya).max().orElse(1) + 1, n));
    }
    List<int[]> out = new ArrayList<>();
    for (int d = 0; d < domains; d++) {
      final int dom = d;
      int[] rows = IntStream.range(0, train.size()).filter(i -> domTrain[i] == dom).toArray();
      int[] testRows = IntStream.range(0, test.size()).filter(i -> domTest[i] == dom).toArray();
      int[] yd = Arrays.stream(rows).map(i -> y[i]).toArray();
      double[][][] p = stack ? stacked(blocks, rows, testRows, yd, l2) : calibrated(blocks, rows, testRows, yd);
      double[] w = DecisionWeights.fit(p[0], yd, 3, List.of(0, 1));
      for (int i = 0; i < testRows.length; i++) {
        out.add(new int[] {test.get(testRows[i]).stance(), DecisionWeights.argmax(p[1][i], w), d});
      }
    }
    return out;
  }

  /** The product's combination: one scale per model, a bias per class (stance blocks only). */
  private static double[][][] calibrated(List<double[][][]> blocks, int[] rows, int[] testRows, int[] y) {
    List<double[][]> heldOut = new ArrayList<>();
    List<double[][]> test = new ArrayList<>();
    for (double[][][] b : blocks.subList(0, 2)) {
      heldOut.add(Arrays.stream(rows).mapToObj(i -> b[0][i]).toArray(double[][]::new));
      test.add(Arrays.stream(testRows).mapToObj(i -> b[1][i]).toArray(double[][]::new));
    }
    SoftmaxCalibration c = SoftmaxCalibration.fit(heldOut, y, 3);
    return new double[][][] {apply(c, heldOut), apply(c, test)};
  }

  private static double[][] apply(SoftmaxCalibration c, List<double[][]> scores) {
    double[][] out = new double[scores.get(0).length][];
    for (int i = 0; i < out.length; i++) {
      final int item = i;
      out[i] = c.apply(scores.stream().map(s -> s[item]).toArray(double[][]::new));
    }
    return out;
  }

  /** A multinomial logistic regression over all blocks' held-out scores. */
  private static double[][][] stacked(List<double[][][]> blocks, int[] rows, int[] testRows, int[] y, double l2) {
    double[][] z = Arrays.stream(rows).mapToObj(i -> concat(blocks, 0, i)).toArray(double[][]::new);
    double[][] zt = Arrays.stream(testRows).mapToObj(i -> concat(blocks, 1, i)).toArray(double[][]::new);
    Stacker s = Stacker.fit(z, y, 3, l2);
    return new double[][][] {Arrays.stream(z).map(s::apply).toArray(double[][]::new),
        Arrays.stream(zt).map(s::apply).toArray(double[][]::new)};
  }

  /** Held-out scores of the training rows (inner 5-fold) and scores of the test rows from a model on all of them. */
  private static double[][][] block(ClassifierTrainer base, Feature[][] x, Feature[][] xt, int[] y, int[] dom,
      int classes, int width) {
    List<String> strata = IntStream.range(0, y.length).mapToObj(i -> dom[i] + "/" + y[i]).toList();
    List<LinearFit> solvers = base.solvers();
    double[][] heldOut = base.heldOutScores(x, y, strata, classes, width, solvers).get(0);
    LinearScorer s = solvers.get(0).fit(x, y, classes, width);
    return new double[][][] {heldOut, Arrays.stream(xt).map(s::scores).toArray(double[][]::new)};
  }

  private static Feature[][] vectors(List<Row> rows, FeatureSpace space, TrainingSettings settings) {
    return rows.stream().map(r -> space.vectorize(settings.normalizer().normalize(r.text())))
        .toArray(Feature[][]::new);
  }

  private static Feature[][] augmented(Feature[][] plain, int[] dom, int n, int domains) {
    return IntStream.range(0, plain.length).mapToObj(i -> DomainAdaptedTrainer.augmented(plain[i], dom[i], n,
        domains)).toArray(Feature[][]::new);
  }

  private static Feature[][] ownCopy(Feature[][] x) {
    return Arrays.stream(x).map(r -> Arrays.copyOfRange(r, (r.length - 1) / 2, r.length)).toArray(Feature[][]::new);
  }

  private static double[] concat(List<double[][][]> blocks, int which, int i) {
    return blocks.stream().flatMapToDouble(b -> Arrays.stream(b[which][i])).toArray();
  }

  private static double fAvg(List<int[]> outcomes) {
    double sum = 0;
    for (int c : new int[] {0, 1}) {
      long tp = outcomes.stream().filter(o -> o[0] == c && o[1] == c).count();
      long predicted = outcomes.stream().filter(o -> o[1] == c).count();
      long gold = outcomes.stream().filter(o -> o[0] == c).count();
      sum += predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }
    return sum / 2;
  }

  /** Multinomial logistic regression fitted by full-batch gradient descent (few features, few thousand rows). */
  record Stacker(double[][] w, double[] b) {
    static Stacker fit(double[][] z, int[] y, int classes, double l2) {
      double[][] w = new double[classes][z[0].length];
      double[] b = new double[classes];
      for (int it = 0; it < 1500; it++) {
        double[][] gw = new double[classes][z[0].length];
        double[] gb = new double[classes];
        Stacker current = new Stacker(w, b);
        for (int i = 0; i < z.length; i++) {
          double[] p = current.apply(z[i]);
          for (int c = 0; c < classes; c++) {
            double err = (p[c] - (y[i] == c ? 1 : 0)) / z.length;
            gb[c] += err;
            for (int j = 0; j < z[i].length; j++) {
              gw[c][j] += err * z[i][j];
            }
          }
        }
        for (int c = 0; c < classes; c++) {
          b[c] -= 0.5 * gb[c];
          for (int j = 0; j < w[c].length; j++) {
            w[c][j] -= 0.5 * (gw[c][j] + l2 * w[c][j]);
          }
        }
      }
      return new Stacker(w, b);
    }

    double[] apply(double[] z) {
      double[] s = b.clone();
      for (int c = 0; c < s.length; c++) {
        for (int j = 0; j < z.length; j++) {
          s[c] += w[c][j] * z[j];
        }
      }
      double max = Arrays.stream(s).max().orElse(0);
      double sum = 0;
      for (int c = 0; c < s.length; c++) {
        s[c] = Math.exp(s[c] - max);
        sum += s[c];
      }
      for (int c = 0; c < s.length; c++) {
        s[c] /= sum;
      }
      return s;
    }
  }

  static List<Row> readMawqif(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    for (CSVRecord r : records(file, CSVFormat.RFC4180)) {
      out.add(new Row(r.get("text"), r.get("target"), STANCES.indexOf(r.get("stance").toLowerCase(Locale.ROOT)),
          new int[] {List.of("Negative", "Neutral", "Positive").indexOf(r.get("sentiment")),
              r.get("sarcasm").equals("Yes") ? 1 : 0, -1},
          Double.parseDouble(r.get("stance:confidence"))));
    }
    return out;
  }

  static List<Row> readSemeval(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    for (CSVRecord r : records(file, CSVFormat.TDF.builder().setQuote(null).get())) {
      out.add(new Row(r.get("Tweet").replace("#SemST", "").strip(), r.get("Target"),
          STANCES.indexOf(r.get("Stance").strip().toLowerCase(Locale.ROOT)),
          new int[] {List.of("NEGATIVE", "NEITHER", "POSITIVE").indexOf(r.get("Sentiment").strip()), -1,
              List.of("TARGET", "OTHER", "NO ONE").indexOf(r.get("Opinion towards").strip())}, 1));
    }
    return out;
  }

  private static List<CSVRecord> records(Path file, CSVFormat format) throws IOException {
    String text = decode(Files.readAllBytes(file));
    return format.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
  }

  /** As the stance reader: lines as UTF-8 when valid, else Windows-1252 (SemEval mixes both); no BOM, no CR. */
  private static String decode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF ? 3 : 0;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        ByteBuffer line = ByteBuffer.wrap(bytes, start, end - start);
        try {
          out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(line.duplicate()));
        } catch (CharacterCodingException e) {
          out.append(Charset.forName("windows-1252").decode(line.duplicate()));
        }
        out.append('\n');
        start = i + 1;
      }
    }
    return out.toString();
  }
}
