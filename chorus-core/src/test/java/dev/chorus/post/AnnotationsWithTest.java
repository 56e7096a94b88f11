package dev.chorus.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Annotations#with} keeps the labels in a {@link LabelMap}: the same map as the unmodifiable
 * {@code LinkedHashMap} it replaced, put for put (order, equality, hash code, string), and as unmodifiable.
 */
class AnnotationsWithTest {
  private static final List<String> KEYS = List.of("lang", "actor", "call", "addressee", "stance:talks", "cohort");

  record Step(String key, List<Label> labels, AnnotatorStamp stamp) {}

  @Property(tries = 500)
  void withGivesTheMapTheLinkedHashMapGave(@ForAll("steps") List<Step> steps) {
    Map<String, List<Label>> expected = new LinkedHashMap<>();
    List<AnnotatorStamp> expectedStamps = new ArrayList<>();
    Annotations a = Annotations.EMPTY;
    for (Step step : steps) {
      a = a.with(step.key(), step.labels(), step.stamp(), null);
      if (step.key() != null) {
        expected.put(step.key(), List.copyOf(step.labels()));
      }
      if (step.stamp() != null && !expectedStamps.contains(step.stamp())) {
        expectedStamps.add(step.stamp());
      }
    }
    sameMap(a.labels(), Collections.unmodifiableMap(expected));
    assertThat(a.stamps()).isEqualTo(expectedStamps);
    Annotations read = new Annotations(new LinkedHashMap<>(expected), new ArrayList<>(expectedStamps), null);
    sameMap(read.labels(), Collections.unmodifiableMap(expected));
    assertThat(read).isEqualTo(a).hasSameHashCodeAs(a).hasToString(a.toString());
  }

  private static void sameMap(Map<String, List<Label>> actual, Map<String, List<Label>> expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).isEqualTo(actual);
    assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
    assertThat(actual.toString()).isEqualTo(expected.toString());
    assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
    assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    for (String key : KEYS) {
      assertThat(actual.get(key)).isEqualTo(expected.get(key));
      assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
    }
    assertThat(actual.get("none")).isNull();
    assertThatThrownBy(() -> actual.put("lang", List.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> actual.remove("lang")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(actual::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.just(null));
    Arbitrary<Label> label = Combinators.combine(Arbitraries.of("fa", "en", "x", "end-talks"),
        Arbitraries.of(0.5, 1.0)).as((v, c) -> new Label(v, c, "a"));
    Arbitrary<AnnotatorStamp> stamp = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("language", "calls",
        "actors").map(id -> new AnnotatorStamp(id, "1", null)));
    return Combinators.combine(key, label.list().ofMaxSize(3), stamp).as(Step::new).list().ofMaxSize(12);
  }
}
