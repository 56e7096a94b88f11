package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DomainAdaptedTrainerTest {
  @Test
  void aCollapsedScorerReadsPlainVectorsAsTheJointScorerReadsAugmentedOnes() {
    int n = 5;
    int domains = 3;
    int width = n * (1 + domains) + domains;
    Random random = new Random(7);
    double[][] w = new double[2][width];
    for (double[] row : w) {
      for (int f = 0; f < width; f++) {
        row[f] = random.nextGaussian();
      }
    }
    LinearScorer joint = LinearScorer.of(w, new double[] {0.3, -0.2});
    Feature[] plain = {new FeatureNode(1, 0.5), new FeatureNode(3, -1.5), new FeatureNode(5, 2)};
    for (int d = 0; d < domains; d++) {
      Feature[] aug = DomainAdaptedTrainer.augmented(plain, d, n, domains);
      double[] expected = joint.scores(aug);
      double[] actual = DomainAdaptedTrainer.collapse(joint, d, n, domains, 2).scores(plain);
      assertThat(actual[0]).isCloseTo(expected[0], within(1e-12));
      assertThat(actual[1]).isCloseTo(expected[1], within(1e-12));
    }
  }

  /** "great" means favor in one domain and against in the other; only the domain copies can learn that. */
  @Test
  void domainsGetTheirOwnMeaningOfAWord() {
    Map<String, List<LabeledText>> data = new LinkedHashMap<>();
    List<LabeledText> a = new ArrayList<>();
    List<LabeledText> b = new ArrayList<>();
    String[] fillers = {"today", "really", "so", "yes", "indeed", "now", "again", "truly"};
    for (String filler : fillers) {
      a.add(new LabeledText("great plan " + filler, "favor"));
      a.add(new LabeledText("awful plan " + filler, "against"));
      a.add(new LabeledText("weather report " + filler, "none"));
      b.add(new LabeledText("great plan " + filler, "against"));
      b.add(new LabeledText("awful plan " + filler, "favor"));
      b.add(new LabeledText("weather report " + filler, "none"));
    }
    data.put("a", a);
    data.put("b", b);
    for (boolean separate : new boolean[] {false, true}) {
      TrainingSettings s = TrainingSettings.standard().withSolver(TrainingSettings.Solver.NBSVM).withC(0.1);
      Map<String, TextClassifier> models = new DomainAdaptedTrainer(s, separate).train(data);
      assertThat(models.keySet()).containsExactly("a", "b");
      assertThat(models.get("a").predict("great plan").label()).isEqualTo("favor");
      assertThat(models.get("b").predict("great plan").label()).isEqualTo("against");
      double sum = java.util.Arrays.stream(models.get("b").probabilities("weather")).sum();
      assertThat(sum).isCloseTo(1.0, within(1e-9));
    }
  }
}
