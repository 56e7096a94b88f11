package dev.chorus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.analysis.measure.Drilldown;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PostQueryParserTest {
  @Test
  void listsAreAlternativesGivenRepeatedOrWithCommasDaysAreUtcAndHashtagsLoseTheirHash() {
    PostQuery q = PostQueryParser.parse(Map.of("q", List.of("talks"), "lang", List.of("FA,ar", "he"),
        "since", List.of("2025-04-01"), "until", List.of("2025-04-02T12:00:00Z"), "hashtag", List.of("#NoDeal")));
    assertThat(q.text()).isEqualTo("talks");
    assertThat(q.values("lang")).containsExactlyInAnyOrder("fa", "ar", "he");
    assertThat(q.since()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    assertThat(q.until()).isEqualTo(Instant.parse("2025-04-02T12:00:00Z"));
    assertThat(q.value("hashtag")).isEqualTo("NoDeal");
  }

  @Test
  void badValuesNameTheirFilter() {
    List<Object[]> cases = List.of(
        new Object[] {Map.of("kind", List.of("tweet")), "kind"},
        new Object[] {Map.of("platform", List.of("x,myspace")), "platform"},
        new Object[] {Map.of("until", List.of("soon")), "until"},
        new Object[] {Map.of("since", List.of("2025-04-02"), "until", List.of("2025-04-01")), "until"},
        new Object[] {Map.of("since", List.of("2025-04-02"), "until", List.of("2025-04-02")), "until"},
        new Object[] {Map.of("author", List.of("u_a", "u_b")), "author"});
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      Map<String, List<String>> values = (Map<String, List<String>>) c[0];
      assertThatThrownBy(() -> PostQueryParser.parse(values)).as(values.toString())
          .isInstanceOfSatisfying(InvalidFilterException.class, e -> {
            assertThat(e.filter()).isEqualTo(c[1]);
            assertThat(e.getMessage()).startsWith(c[1] + ": ");
          });
    }
  }

  @Test
  void aQueryDescribedUnderTheFilterNamesParsesBackToItselfAndDrilldownsUseTheSameNames() {
    PostQuery q = PostQueryParser.parse(Map.of("q", List.of("talks"), "platform", List.of("x,telegram"),
        "since", List.of("2025-04-01"), "stance", List.of("talks:against"), "call", List.of("petition"),
        "author", List.of("u_Ab")));
    Map<String, Object> described = PostQueryParser.describe(q);
    assertThat(described.keySet()).containsExactly("q", "platform", "since", "author", "stance", "call");
    assertThat(PostQueryParser.FILTERS).extracting(PostQueryParser.Filter::name).containsAll(described.keySet());
    Map<String, List<String>> back = new LinkedHashMap<>();
    described.forEach((k, v) -> back.put(k, v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
        : List.of(String.valueOf(v))));
    assertThat(PostQueryParser.parse(back)).isEqualTo(q);
    assertThat(Drilldown.of(q).filters()).isEqualTo(described);
    assertThat(Drilldown.of(q).cohort("hawks").filters()).containsEntry("cohort", List.of("hawks"));
  }

  @Test
  void roleIsCollectedUnlessAskedAndItsDefaultIsNotWrittenBack() {
    assertThat(PostQuery.all().values("role")).containsExactly("collected");
    assertThat(PostQueryParser.parse(Map.of()).values("role")).containsExactly("collected");
    assertThat(PostQueryParser.describe(PostQueryParser.parse(Map.of()))).isEmpty();
    PostQuery referenced = PostQueryParser.parse(Map.of("role", List.of("referenced")));
    assertThat(referenced.values("role")).containsExactly("referenced");
    assertThat(PostQueryParser.describe(referenced)).containsEntry("role", List.of("referenced"));
    for (String lifted : List.of("any", "ALL", "collected,any")) {
      PostQuery any = PostQueryParser.parse(Map.of("role", List.of(lifted)));
      assertThat(any.values("role")).as(lifted).containsExactlyInAnyOrder("collected", "referenced");
      assertThat(PostQueryParser.describe(any)).as(lifted).containsEntry("role", List.of("any"));
      assertThat(PostQueryParser.parse(Map.of("role", List.of("any")))).isEqualTo(any);
    }
    // narrowing another dimension or the text keeps the role; clearing it restores the default
    assertThat(referenced.with("lang", "fa").withText("talks").values("role")).containsExactly("referenced");
    assertThat(referenced.with("role", java.util.Set.of()).values("role")).containsExactly("collected");
    assertThat(PostQuery.any().values("role")).containsExactlyInAnyOrder("collected", "referenced");
    assertThatThrownBy(() -> PostQueryParser.parse(Map.of("role", List.of("quoted"))))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessage("role: 'quoted' is not one of collected, referenced, any");
  }

  @Property(tries = 200)
  void anyTextAsADateEitherParsesOrNamesTheFilter(@ForAll String value) {
    try {
      PostQueryParser.parse(Map.of("since", List.of(value), "platform", List.of(value)));
    } catch (InvalidFilterException e) {
      assertThat(e.filter()).isIn("since", "platform");
    }
  }
}
