package dev.chorus.labelling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coders' codes grouped by unit, with the majority code. Stance: per post and target, the value given by more
 * coders than any other; a tie has no majority. Frames: per post, a frame is in when more than half of the post's
 * coders gave it; a frame given by exactly half is a tie and the post has no majority frame set. Posts without a
 * majority are left out of the training files and counted.
 */
public final class Consensus {
  private Consensus() {}

  /** One post and target's stance codes by coder, and the majority (null on a tie). */
  public record StanceUnit(String id, String target, String text, Map<String, String> byCoder, String majority,
      String modelStance) {}

  /** One post's frame codes by coder, and the majority set (null on a tie). */
  public record FrameUnit(String id, String text, String lang, Map<String, Set<String>> byCoder, Set<String> majority,
      List<String> modelFrames) {}

  public static List<StanceUnit> stance(List<Code> codes) {
    Map<String, List<Code>> units = new TreeMap<>();
    codes.stream().filter(c -> c.stance() != null)
        .forEach(c -> units.computeIfAbsent(c.target() + "\u0000" + c.id(), k -> new ArrayList<>()).add(c));
    List<StanceUnit> out = new ArrayList<>();
    units.values().forEach(list -> {
      Map<String, String> byCoder = new TreeMap<>();
      list.forEach(c -> byCoder.put(c.coder(), c.stance()));
      Code first = list.get(0);
      out.add(new StanceUnit(first.id(), first.target(), first.text(), byCoder, majority(byCoder.values()),
          list.stream().map(Code::modelStance).filter(s -> !s.isEmpty()).findFirst().orElse("")));
    });
    return out;
  }

  public static List<FrameUnit> frames(List<Code> codes) {
    Map<String, Map<String, Code>> units = new TreeMap<>();
    codes.stream().sorted(Comparator.comparing(Code::target))
        .forEach(c -> units.computeIfAbsent(c.id(), k -> new TreeMap<>()).putIfAbsent(c.coder(), c));
    List<FrameUnit> out = new ArrayList<>();
    units.forEach((id, byCoderCode) -> {
      Map<String, Set<String>> byCoder = new TreeMap<>();
      byCoderCode.forEach((coder, c) -> byCoder.put(coder, new TreeSet<>(c.frames())));
      Code first = byCoderCode.values().iterator().next();
      List<String> model = byCoderCode.values().stream().map(Code::modelFrames).filter(m -> !m.isEmpty())
          .findFirst().orElse(List.of());
      out.add(new FrameUnit(id, first.text(), first.lang(), byCoder, majorityFrames(byCoder.values()), model));
    });
    return out;
  }

  /** The value given more often than any other, or null on a tie (or no values). */
  public static String majority(Collection<String> values) {
    Map<String, Integer> n = new LinkedHashMap<>();
    values.forEach(v -> n.merge(v, 1, Integer::sum));
    int best = n.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> top = n.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    return top.size() == 1 ? top.get(0) : null;
  }

  /** The frames more than half of the coders gave, or null when some frame was given by exactly half. */
  public static Set<String> majorityFrames(Collection<Set<String>> coders) {
    Map<String, Integer> votes = new TreeMap<>();
    coders.forEach(s -> s.forEach(f -> votes.merge(f, 1, Integer::sum)));
    Set<String> in = new TreeSet<>();
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() * 2 == coders.size()) {
        return null;
      }
      if (e.getValue() * 2 > coders.size()) {
        in.add(e.getKey());
      }
    }
    return in;
  }
}
