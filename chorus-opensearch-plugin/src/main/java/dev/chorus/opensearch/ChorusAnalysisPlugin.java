package dev.chorus.opensearch;

import dev.chorus.store.lucene.TextAnalyzers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Registers each chain of {@link TextAnalyzers} as an OpenSearch analyser named {@code chorus_<chain>}. They need no
 * settings, so an index mapping names them directly ({@code "analyzer": "chorus_fa"}) and {@code _analyze} runs them
 * without an index.
 */
public final class ChorusAnalysisPlugin extends Plugin implements AnalysisPlugin {
  private static final String PREFIX = "chorus_";

  /** The OpenSearch name of the chain {@code chain} (one of {@link TextAnalyzers#NAMES}): {@code chorus_<chain>}. */
  public static String analyzerName(String chain) {
    return PREFIX + chain;
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> providers = new LinkedHashMap<>();
    for (String chain : TextAnalyzers.NAMES) {
      providers.put(analyzerName(chain), (indexSettings, environment, name, settings) ->
          new ChorusAnalyzerProvider(indexSettings, name, settings, TextAnalyzers.create(chain)));
    }
    return providers;
  }
}
