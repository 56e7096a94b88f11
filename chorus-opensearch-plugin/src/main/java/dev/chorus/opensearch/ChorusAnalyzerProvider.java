package dev.chorus.opensearch;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** Hands OpenSearch one index's instance of a Chorus chain (Lucene analysers are thread-safe and reuse streams). */
final class ChorusAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
  private final Analyzer analyzer;

  ChorusAnalyzerProvider(IndexSettings indexSettings, String name, Settings settings, Analyzer analyzer) {
    super(indexSettings, name, settings);
    this.analyzer = analyzer;
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
