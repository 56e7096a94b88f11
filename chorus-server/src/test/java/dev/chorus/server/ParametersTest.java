package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.export.PostCsv;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {
  @Test
  void filtersUseTheCliSemantics() {
    PostQuery q = PostQueryParser.parse(Map.of("q", List.of("talks"), "lang", List.of("FA,ar", "he"),
        "since", List.of("2025-04-01"), "until", List.of("2025-04-02T12:00:00Z"), "hashtag", List.of("#NoDeal")));
    assertThat(q.text()).isEqualTo("talks");
    assertThat(q.languages()).containsExactlyInAnyOrder("fa", "ar", "he");
    assertThat(q.since()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    assertThat(q.until()).isEqualTo(Instant.parse("2025-04-02T12:00:00Z"));
    assertThat(q.hashtag()).isEqualTo("NoDeal");
  }

  @Test
  void aQueryDescribedUnderTheFilterNamesParsesBackToItself() {
    PostQuery q = PostQueryParser.parse(Map.of("q", List.of("talks"), "platform", List.of("x,telegram"),
        "since", List.of("2025-04-01"), "stance", List.of("talks:against"), "call", List.of("petition"),
        "author", List.of("u_Ab")));
    Map<String, Object> described = PostQueryParser.describe(q);
    assertThat(described.keySet()).containsExactly("q", "platform", "since", "author", "stance", "call");
    Map<String, List<String>> back = new LinkedHashMap<>();
    described.forEach((k, v) -> back.put(k, v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
        : List.of(String.valueOf(v))));
    assertThat(PostQueryParser.parse(back)).isEqualTo(q);
    assertThat(dev.chorus.measure.Drilldown.of(q).filters()).isEqualTo(described);
  }

  @Test
  void badValuesNameTheirParameter() {
    assertThatThrownBy(() -> PostQueryParser.parse(Map.of("kind", List.of("tweet"))))
        .isInstanceOfSatisfying(InvalidFilterException.class, e -> assertThat(e.filter()).isEqualTo("kind"));
    assertThatThrownBy(() -> PostQueryParser.parse(Map.of("until", List.of("soon"))))
        .isInstanceOfSatisfying(InvalidFilterException.class, e -> assertThat(e.filter()).isEqualTo("until"));
    assertThatThrownBy(() -> PostQueryParser.parse(Map.of("since", List.of("2025-04-02"), "until",
        List.of("2025-04-01")))).hasMessageStartingWith("until: must be after since");
  }

  @Test
  void exportNamesCarryTheFilters() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of("برجام OR JCPOA"));
    params.put("lang", List.of("fa"));
    params.put("since", List.of("2025-04-01"));
    assertThat(ExportNames.fileName("chorus-posts", params, "csv"))
        .isEqualTo("chorus-posts_q-برجام-OR-JCPOA_lang-fa_since-2025-04-01.csv");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreDefused() {
    assertThat(PostCsv.inert("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(PostCsv.inert("@cmd")).startsWith("'");
    assertThat(PostCsv.inert("plain text")).isEqualTo("plain text");
  }

  @Test
  void responseCacheStaysWithinItsBound() {
    ResponseCache cache = new ResponseCache(100);
    for (int i = 0; i < 20; i++) {
      cache.put("k" + i, new byte[20]);
    }
    int kept = 0;
    for (int i = 0; i < 20; i++) {
      kept += cache.get("k" + i) == null ? 0 : 1;
    }
    assertThat(kept).isEqualTo(5);
    assertThat(cache.get("k19")).isNotNull();
    assertThat(ResponseCache.key("/api/stats", Map.of("lang", List.of("fa"), "token", List.of("t"))))
        .isEqualTo(ResponseCache.key("/api/stats", Map.of("lang", List.of("fa"))));
  }
}
