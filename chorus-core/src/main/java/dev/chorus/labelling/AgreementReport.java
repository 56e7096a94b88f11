package dev.chorus.labelling;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chorus.agreement.CohenKappa;
import dev.chorus.agreement.KrippendorffAlpha;
import dev.chorus.post.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Agreement between coders and between coders and the model, per stance target and per frame. Between coders:
 * Cohen's kappa for every pair over the posts both coded, Krippendorff's alpha (nominal) over all coders (a frame is
 * coded yes/no). Coders vs model: kappa of the majority code against the model's label on the sheet, over the posts
 * with a majority where the model gave a label ({@code uncertain} answers are counted apart: they are not a stance
 * or frame to agree with). Undefined values (no pairable posts) are null.
 */
public record AgreementReport(Map<String, Coders> stance, Map<String, Coders> frames,
    @JsonProperty("model_stance") Map<String, Model> modelStance,
    @JsonProperty("model_frames") Map<String, Model> modelFrames) {

  /** Agreement among the coders of one target or frame. */
  public record Coders(List<String> coders, int units, Double alpha, List<Pair> pairs) {}

  /** Cohen's kappa of two coders over the {@code n} posts both coded. */
  public record Pair(String a, String b, int n, Double kappa) {}

  /** Kappa of the majority code against the model over {@code n} posts; {@code uncertain}: posts left out. */
  public record Model(int n, Double kappa, int uncertain) {}

  public static AgreementReport of(List<Code> codes) {
    List<Consensus.StanceUnit> stanceUnits = Consensus.stance(codes);
    List<Consensus.FrameUnit> frameUnits = Consensus.frames(codes);
    Map<String, Coders> stance = new TreeMap<>();
    Map<String, Model> modelStance = new TreeMap<>();
    for (String t : new TreeSet<>(stanceUnits.stream().map(Consensus.StanceUnit::target).toList())) {
      List<Consensus.StanceUnit> mine = stanceUnits.stream().filter(u -> u.target().equals(t)).toList();
      stance.put(t, coders(mine.stream().map(Consensus.StanceUnit::byCoder).toList()));
      modelStance.put(t, model(mine, Consensus.StanceUnit::majority, Consensus.StanceUnit::modelStance));
    }
    Set<String> frameIds = new TreeSet<>();
    frameUnits.forEach(u -> u.byCoder().values().forEach(frameIds::addAll));
    Map<String, Coders> frames = new TreeMap<>();
    Map<String, Model> modelFrames = new TreeMap<>();
    for (String f : frameIds) {
      List<Map<String, String>> yesNo = frameUnits.stream().map(u -> {
        Map<String, String> m = new TreeMap<>();
        u.byCoder().forEach((coder, set) -> m.put(coder, yesNo(set.contains(f))));
        return m;
      }).toList();
      frames.put(f, coders(yesNo));
      modelFrames.put(f, model(frameUnits.stream().filter(u -> !u.modelFrames().isEmpty()).toList(),
          u -> u.majority() == null ? null : yesNo(u.majority().contains(f)),
          u -> u.modelFrames().contains(Label.UNCERTAIN) ? Label.UNCERTAIN : yesNo(u.modelFrames().contains(f))));
    }
    return new AgreementReport(stance, frames, modelStance, modelFrames);
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  private static Coders coders(List<Map<String, String>> units) {
    Set<String> coders = new TreeSet<>();
    units.forEach(u -> coders.addAll(u.keySet()));
    List<String> names = List.copyOf(coders);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (Map<String, String> u : units) {
          if (u.containsKey(names.get(i)) && u.containsKey(names.get(j))) {
            a.add(u.get(names.get(i)));
            b.add(u.get(names.get(j)));
          }
        }
        pairs.add(new Pair(names.get(i), names.get(j), a.size(), defined(CohenKappa.of(a, b))));
      }
    }
    double alpha = KrippendorffAlpha.nominal(units.stream().map(u -> List.copyOf(u.values())).toList());
    return new Coders(names, units.size(), defined(alpha), pairs);
  }

  private static <U> Model model(List<U> units, Function<U, String> majority, Function<U, String> model) {
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    int uncertain = 0;
    for (U u : units) {
      String g = majority.apply(u);
      String m = model.apply(u);
      if (g == null || m == null || m.isEmpty()) {
        continue;
      }
      if (m.equals(Label.UNCERTAIN)) {
        uncertain++;
        continue;
      }
      gold.add(g);
      predicted.add(m);
    }
    return new Model(gold.size(), defined(CohenKappa.of(gold, predicted)), uncertain);
  }

  private static Double defined(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
