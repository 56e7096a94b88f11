package dev.chorus.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The analyser names are a contract: the OpenSearch store's index mapping names them. */
class ChorusAnalysisPluginTest {
  @Test
  void registersTheFiveChainsUnderTheirMappingNames() throws Exception {
    try (ChorusAnalysisPlugin plugin = new ChorusAnalysisPlugin()) {
      assertThat(plugin.getAnalyzers().keySet())
          .containsExactly("chorus_text", "chorus_en", "chorus_fa", "chorus_ar", "chorus_he");
    }
  }
}
