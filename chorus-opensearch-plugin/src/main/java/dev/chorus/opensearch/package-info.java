/**
 * An OpenSearch analysis plugin ({@code chorus-analysis}) that gives a cluster the embedded index's language
 * analysers: {@link dev.chorus.opensearch.ChorusAnalysisPlugin} registers every chain of {@link
 * dev.chorus.store.lucene.TextAnalyzers} as {@code chorus_text}, {@code chorus_en}, {@code chorus_fa}, {@code
 * chorus_ar} and {@code chorus_he}, built by the same code, so a post gets the same tokens whichever store holds it.
 * OpenSearch's own {@code analysis-icu} is not on Maven Central, and would not carry the project's folding anyway.
 * The build packs the plugin zip and resolves the OpenSearch distribution that {@code tools/opensearch/start.sh}
 * installs it into.
 */
package dev.chorus.opensearch;
