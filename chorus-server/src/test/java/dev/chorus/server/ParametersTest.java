package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {
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
  void responseCacheStaysWithinItsBound() {
    ResponseCache cache = new ResponseCache(100);
    for (int i = 0; i < 20; i++) {
      cache.put(1, "k" + i, new byte[20]);
    }
    int kept = 0;
    for (int i = 0; i < 20; i++) {
      kept += cache.get(1, "k" + i) == null ? 0 : 1;
    }
    assertThat(kept).isEqualTo(5);
    assertThat(cache.get(1, "k19")).isNotNull();
    assertThat(ResponseCache.key("/api/stats", Map.of("lang", List.of("fa"), "token", List.of("t"))))
        .isEqualTo(ResponseCache.key("/api/stats", Map.of("lang", List.of("fa"))));
  }
}
